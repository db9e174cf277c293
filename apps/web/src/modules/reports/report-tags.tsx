import { assignmentStates, reportStates } from '@fazhi/core/reports';
import { Tag } from 'antd';

const stateColors: Record<string, string> = {
  drafting: 'blue',
  reviewing: 'orange',
  signed: 'purple',
  submitted: 'cyan',
  published: 'green',
};

export function ReportStateTag({ state }: { state: unknown }) {
  const code = typeof state === 'string' ? state : '';
  return <Tag color={stateColors[code] ?? 'default'}>{reportStates.label(code)}</Tag>;
}

const assignmentColors: Record<string, string> = { assigned: 'blue', submitted: 'orange', accepted: 'green', returned: 'red' };

export function AssignmentStateTag({ state }: { state: string }) {
  const label = assignmentStates.find((s) => s.code === state)?.label ?? state;
  return <Tag color={assignmentColors[state] ?? 'default'}>{label}</Tag>;
}
