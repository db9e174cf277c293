import { DatePicker, Flex } from 'antd';
import { toDayjs, toIsoDate } from '../common/dates';
import { messages } from '../messages';
import { OrgTreeSelect } from '../org/org-tree-select';
import type { IndicatorScope } from './api';

/** Period and org unit pickers shared by the dashboard and the drill-down page. */
export function ScopeBar({ scope, onChange }: { scope: IndicatorScope; onChange: (patch: Partial<IndicatorScope>) => void }) {
  return (
    <Flex wrap gap={8}>
      <DatePicker.RangePicker
        aria-label={messages.indicators.period}
        placeholder={messages.register.dateRange}
        value={[toDayjs(scope.from), toDayjs(scope.to)]}
        allowClear={false}
        onChange={(range) => {
          const from = toIsoDate(range?.[0]);
          const to = toIsoDate(range?.[1]);
          if (from && to) onChange({ from, to });
        }}
        style={{ width: 260 }}
      />
      <OrgTreeSelect aria-label={messages.indicators.orgUnit} placeholder={messages.indicators.orgUnit} value={scope.org} onChange={(org) => org && onChange({ org })} style={{ width: 240 }} />
    </Flex>
  );
}
