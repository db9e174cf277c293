import { Col, Empty, Flex, Row, Typography } from 'antd';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useApi } from '../../api/hooks';
import { useMe } from '../auth/me-context';
import { LoadError } from '../common/load-error';
import { Page } from '../common/page';
import { indicatorApi, type IndicatorDef, type IndicatorScope } from '../indicators/api';
import { ScopeBar } from '../indicators/scope-bar';
import { useScope } from '../indicators/scope';
import { messages } from '../messages';
import { NoticesPanel } from '../notify/notices-panel';
import { useOrgUnits } from '../org/use-org-units';
import { IndicatorCharts } from './indicator-charts';
import { ModuleFigures } from './module-figures';
import { MyWorkPanel } from './my-work-panel';

export type DashboardSection = { key: string; module: string; Component: ComponentType<{ scope: IndicatorScope }> };

/** The catalogue's indicators the user may read, grouped by module in catalogue order. */
function byModule(catalogue: IndicatorDef[], permissions: Record<string, string[]>): [string, IndicatorDef[]][] {
  const groups = new Map<string, IndicatorDef[]>();
  for (const d of catalogue) {
    if (!permissions[d.module]?.includes('read')) continue;
    groups.set(d.module, [...(groups.get(d.module) ?? []), d]);
  }
  return [...groups.entries()];
}

/**
 * 首页, the leaders' dashboard: every module's figures from the indicator catalogue (a new module appears by adding
 * indicators on the server), a trend and a by-unit chart, 我的待办 and 消息与预警, then each module's own section.
 */
export function HomePage({ sections }: { sections: DashboardSection[] }) {
  const { permissions } = useMe();
  const [scope, setScope] = useScope();
  const { units } = useOrgUnits();
  const catalogue = useApi('indicators', (signal) => indicatorApi.catalogue(signal));
  const modules = useMemo(() => byModule(catalogue.data ?? [], permissions), [catalogue.data, permissions]);
  const readable = useMemo(() => modules.flatMap(([, defs]) => defs), [modules]);
  const visible = sections.filter((s) => permissions[s.module]?.includes('read'));
  const orgName = units.find((u) => u.id === scope.org)?.name ?? '';

  let figures: ReactNode;
  if (catalogue.error) figures = <LoadError error={catalogue.error} onRetry={catalogue.reload} />;
  else if (catalogue.data && modules.length === 0) figures = <Empty description={messages.dashboard.noIndicators} />;
  else figures = modules.map(([m, defs]) => <ModuleFigures key={m} module={m} defs={defs} scope={scope} />);

  return (
    <Page title={messages.dashboard.title} extra={<ScopeBar scope={scope} onChange={setScope} />}>
      {/* On paper the pickers are hidden; say what the figures cover. */}
      <Typography.Paragraph className="print-only">{`${messages.indicators.orgUnit}：${orgName}　${messages.indicators.period}：${scope.from} 至 ${scope.to}`}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {/* To-dos first on a phone; beside the figures on a wide screen. */}
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          <Flex vertical gap={16}>
            <MyWorkPanel />
            <NoticesPanel />
          </Flex>
        </Col>
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Flex vertical gap={16}>
            {figures}
          </Flex>
        </Col>
        {readable.length > 0 && (
          <Col xs={{ span: 24, order: 3 }}>
            <IndicatorCharts catalogue={readable} scope={scope} />
          </Col>
        )}
        {visible.map(({ key, Component }) => (
          <Col xs={{ span: 24, order: 4 }} key={key}>
            <Component scope={scope} />
          </Col>
        ))}
      </Row>
    </Page>
  );
}
