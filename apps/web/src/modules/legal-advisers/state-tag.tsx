import { certificateStates, engagementStates } from '@fazhi/core/legal-advisers/index';
import { Tag } from 'antd';
import { messages } from './messages';

/** 在聘 / 即将到期 / 已到期 (advisers) and 在岗 / 证书即将到期 / 证书已过期 / 已离岗 (public lawyers). */
export function StateTag({ state, of }: { state: unknown; of: 'adviser' | 'publicLawyer' }) {
  if (typeof state !== 'string') return null;
  const label = (of === 'adviser' ? engagementStates : certificateStates).label(state);
  return <Tag color={messages.stateColors[state] ?? 'default'}>{label}</Tag>;
}
