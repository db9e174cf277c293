import { Card, Descriptions, Flex, Segmented, Statistic, Table } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { messages } from '../messages';
import { useOrgUnits } from '../org/use-org-units';
import { indicatorApi, type RecordPart } from './api';
import { ScopeBar } from './scope-bar';
import { useScope } from './scope';

const t = messages.indicators;

function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return messages.empty;
  if (value === true) return messages.yes;
  if (value === false) return messages.no;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** '/litigation/cases/:id' + a row → the record's page. */
function linkOf(recordPath: string | undefined, row: Record<string, unknown>): string | undefined {
  if (!recordPath || typeof row.id !== 'string') return undefined;
  return recordPath.replace(':id', encodeURIComponent(row.id));
}

/** The records behind one figure: every number on a dashboard opens here. */
export function IndicatorDrillPage() {
  const { id = '' } = useParams();
  const [scope, setScope] = useScope();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const part: RecordPart = params.get('part') === 'denominator' ? 'denominator' : 'numerator';
  const scopeKey = `${id}?${scope.org}&${scope.from}&${scope.to}`;
  const { units } = useOrgUnits();
  const catalogue = useApi('indicators', (signal) => indicatorApi.catalogue(signal));
  const value = useApi(`value:${scopeKey}`, (signal) => indicatorApi.values([id], scope, signal));
  const records = useApi(`records:${scopeKey}&${page}&${pageSize}&${part}`, (signal) => indicatorApi.records(id, scope, page, pageSize, part, signal));

  const setQuery = (patch: Record<string, string | undefined>) =>
    setParams(() => {
      // The live URL, not the last render's copy.
      const next = new URLSearchParams(window.location.search);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      return next;
    });

  const def = catalogue.data?.find((d) => d.id === id);
  const figure = value.data?.[0];
  const isRate = figure?.denominator !== undefined;
  const orgName = units.find((u) => u.id === scope.org)?.name ?? '';
  const columns = (records.data?.columns ?? []).map((c, index) => ({
    key: c.name,
    dataIndex: c.name,
    title: c.label,
    render: (v: unknown, row: Record<string, unknown>) => {
      const text = cellText(v);
      const to = index === 0 ? linkOf(records.data?.recordPath, row) : undefined;
      return to ? <Link to={to}>{text}</Link> : text;
    },
  }));

  return (
    <Page title={def?.label ?? figure?.label ?? t.drillTitle} sub={t.drillTitle} extra={<ScopeBar scope={scope} onChange={setScope} />}>
      <Flex vertical gap={16}>
        <Card>
          {value.error ? (
            <LoadError error={value.error} onRetry={value.reload} />
          ) : (
            <Flex wrap gap={32} align="center">
              <Statistic title={t.value} value={figure?.value ?? figure?.display ?? messages.empty} suffix={figure?.value == null ? undefined : figure.unit} loading={value.loading} />
              <Descriptions
                size="small"
                column={1}
                style={{ flex: 1, minWidth: 240 }}
                items={[
                  { key: 'scope', label: t.orgUnit, children: orgName },
                  { key: 'period', label: t.period, children: `${scope.from} 至 ${scope.to}` },
                  ...(def?.definition ? [{ key: 'def', label: t.definition, children: def.definition }] : []),
                ]}
              />
            </Flex>
          )}
        </Card>
        <Card
          title={t.records}
          extra={
            isRate && (
              <Segmented<RecordPart>
                value={part}
                onChange={(v) => setQuery({ part: v === 'numerator' ? undefined : v, page: undefined })}
                options={[
                  { value: 'numerator', label: t.numerator(figure.numerator ?? 0) },
                  { value: 'denominator', label: t.denominator(figure.denominator ?? 0) },
                ]}
              />
            )
          }
        >
          {records.error ? (
            <LoadError error={records.error} onRetry={records.reload} />
          ) : (
            <Table<Record<string, unknown>>
              rowKey={(row) => String(row.id ?? JSON.stringify(row))}
              size="middle"
              loading={records.loading}
              columns={columns}
              dataSource={records.data?.items ?? []}
              scroll={{ x: 'max-content' }}
              pagination={{
                current: page,
                pageSize,
                total: records.data?.total ?? 0,
                showTotal: messages.total,
                onChange: (p, s) => setQuery({ page: String(p), pageSize: String(s) }),
              }}
            />
          )}
        </Card>
      </Flex>
    </Page>
  );
}
