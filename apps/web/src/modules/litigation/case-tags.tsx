import { caseStates } from '@fazhi/core/litigation/index';
import { Tag } from 'antd';

const stateColors: Record<string, string> = {
  received: 'blue',
  defending: 'cyan',
  trial: 'geekblue',
  closed: 'green',
  appealed: 'purple',
  archived: 'default',
};

export function StateTag({ state }: { state: unknown }) {
  const code = typeof state === 'string' ? state : '';
  return <Tag color={stateColors[code] ?? 'default'}>{caseStates.label(code)}</Tag>;
}
