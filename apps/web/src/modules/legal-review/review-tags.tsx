import { reviewOpinions, reviewStates } from '@fazhi/core/legal-review/index';
import { Tag } from 'antd';
import { messages } from './messages';

const stateColors: Record<string, string> = { received: 'blue', reviewing: 'geekblue', supplementing: 'gold', concluded: 'green', withdrawn: 'default', returned: 'volcano' };
const opinionColors: Record<string, string> = { lawful: 'green', lawfulAfterChanges: 'cyan', unlawful: 'red' };

export function StateTag({ state }: { state: unknown }) {
  const code = typeof state === 'string' ? state : '';
  return <Tag color={stateColors[code] ?? 'default'}>{reviewStates.label(code)}</Tag>;
}

export function OpinionTag({ opinion }: { opinion: unknown }) {
  if (typeof opinion !== 'string') return null;
  return <Tag color={opinionColors[opinion] ?? 'default'}>{reviewOpinions.label(opinion)}</Tag>;
}

/** Days to the due date: red when past, orange within three days. */
export function DueTag({ daysLeft }: { daysLeft: number | null | undefined }) {
  if (daysLeft === null || daysLeft === undefined) return null;
  if (daysLeft < 0) return <Tag color="red">{messages.tags.overdue(-daysLeft)}</Tag>;
  if (daysLeft === 0) return <Tag color="orange">{messages.tags.dueToday}</Tag>;
  return <Tag color={daysLeft <= 3 ? 'orange' : 'default'}>{messages.tags.left(daysLeft)}</Tag>;
}
