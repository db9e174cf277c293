import { engagementStates, publicLawyerStates } from '@fazhi/core/legal-advisers/index';
import { Tag } from 'antd';
import { messages } from './messages';

/** 在聘 / 即将到期 / 已到期 (advisers) and 在岗 / 待年度考核 / 考核不称职 / 已离岗 / 已注销 (public lawyers). */
export function StateTag({ state, of }: { state: unknown; of: 'adviser' | 'publicLawyer' }) {
  if (typeof state !== 'string') return null;
  const label = (of === 'adviser' ? engagementStates : publicLawyerStates).label(state);
  return <Tag color={messages.stateColors[state] ?? 'default'}>{label}</Tag>;
}
