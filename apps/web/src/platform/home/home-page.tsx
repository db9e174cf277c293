import { Flex } from 'antd';
import type { ComponentType } from 'react';
import { useMe } from '../auth/me-context';
import { Page } from '../common/page';
import type { IndicatorScope } from '../indicators/api';
import { ScopeBar } from '../indicators/scope-bar';
import { useScope } from '../indicators/scope';
import { messages } from '../messages';

export type DashboardSection = { key: string; module: string; Component: ComponentType<{ scope: IndicatorScope }> };

/** 首页: the period and unit pickers over each module's headline section the user may read. */
export function HomePage({ sections }: { sections: DashboardSection[] }) {
  const { permissions } = useMe();
  const [scope, setScope] = useScope();
  const visible = sections.filter((s) => permissions[s.module]?.includes('read'));
  return (
    <Page title={messages.home} extra={<ScopeBar scope={scope} onChange={setScope} />}>
      <Flex vertical gap={16}>
        {visible.map(({ key, Component }) => (
          <Component key={key} scope={scope} />
        ))}
      </Flex>
    </Page>
  );
}
