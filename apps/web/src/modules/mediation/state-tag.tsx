import { disputeStates } from '@fazhi/core/mediation/index';
import { Tag } from 'antd';

const stateColors: Record<string, string> = { received: 'blue', mediating: 'cyan', succeeded: 'green', failed: 'orange', confirming: 'purple', closed: 'default' };

export function DisputeStateTag({ state }: { state: unknown }) {
  const code = typeof state === 'string' ? state : '';
  return <Tag color={stateColors[code] ?? 'default'}>{disputeStates.label(code)}</Tag>;
}
