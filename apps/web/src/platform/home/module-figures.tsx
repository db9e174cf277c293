import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { LoadError } from '../common/load-error';
import { drillPath, indicatorApi, type IndicatorDef, type IndicatorScope } from '../indicators/api';
import { messages } from '../messages';

/** One module's figures over the scope, in catalogue order; each number opens the records behind it. */
export function ModuleFigures({ module, defs, scope, title }: { module: string; defs: IndicatorDef[]; scope: IndicatorScope; title?: string }) {
  const ids = defs.map((d) => d.id);
  const { data, error, loading, reload } = useApi(`values:${ids.join(',')}@${scope.org}&${scope.from}&${scope.to}`, (signal) => indicatorApi.values(ids, scope, signal));
  const byId = new Map((data ?? []).map((v) => [v.id, v]));
  return (
    <Card title={title ?? messages.modules[module] ?? module} className="module-figures">
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Row gutter={[12, 12]}>
          {defs.map((d) => {
            const v = byId.get(d.id);
            const hasNumber = v !== undefined && v.value !== null;
            return (
              <Col key={d.id} xs={12} sm={8}>
                <Tooltip title={d.definition}>
                  <Link to={drillPath(d.id, scope)} aria-label={`${d.label}：${v?.display ?? ''}`}>
                    <Card hoverable size="small" loading={loading && !data}>
                      {/* The number with its unit as a suffix reads better than the server's one-string display. */}
                      <Statistic title={d.label} value={hasNumber ? (v.value ?? '') : (v?.display ?? messages.empty)} suffix={hasNumber ? d.unit : undefined} />
                    </Card>
                  </Link>
                </Tooltip>
              </Col>
            );
          })}
        </Row>
      )}
    </Card>
  );
}
