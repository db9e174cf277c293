import type { CodeTable, RegisterSpec } from '@fazhi/core';
import { Empty, Spin, Timeline, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { formatDateTime } from '../common/dates';
import { LoadError } from '../common/load-error';
import { messages } from '../messages';
import { useOrgName } from '../org/use-org-units';
import { formatValue } from './field-format';
import type { HistoryEntry } from './types';

export type ExtraLabels = Record<string, string | { label: string; codes: CodeTable }>;

type Props = {
  spec: RegisterSpec;
  id: string;
  /** Fields outside the spec that show up in the audit (children, workflow names): a label, or a label and the codes its values are. */
  extraLabels?: ExtraLabels;
  /** Bumped by the page after a write so the timeline refreshes. */
  version: number;
};

const actionColors: Record<string, string> = { create: 'green', update: 'blue', delete: 'red', transition: 'orange', reveal: 'purple' };

/** Audit trail of one record: who did what when, field by field (from → to). */
export function HistoryTimeline({ spec, id, extraLabels = {}, version }: Props) {
  const { data, error, loading, reload } = useApi(`${spec.path}/${id}/history@${version}`, (signal) => api.get<HistoryEntry[]>(`${spec.path}/${id}/history`, undefined, { signal }));
  const orgName = useOrgName();

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (loading && !data) return <Spin />;
  if (!data?.length) return <Empty description={messages.register.noHistory} />;

  const fieldsByName = new Map(spec.fields.map((f) => [f.name, f]));
  const items = data.map((entry) => {
    // Actions are 'update' or namespaced like 'transition.close' / 'hearing.add'; the summary names the step.
    const known = messages.register.historyActions[entry.action] ?? messages.register.historyActions[entry.action.split('.')[0] ?? ''];
    const summary = entry.summary && entry.summary !== spec.title ? entry.summary : undefined;
    const action = known ? (summary ? `${known}：${summary}` : known) : (summary ?? entry.action);
    const changes = (entry.changes ?? []).map((c) => {
      const extra = extraLabels[c.field];
      const field = fieldsByName.get(c.field) ?? (typeof extra === 'object' ? { name: c.field, kind: 'code' as const, ...extra } : undefined);
      const label = field?.label ?? (typeof extra === 'string' ? extra : c.field);
      return messages.register.changedFrom(label, formatValue(field, c.from, orgName), formatValue(field, c.to, orgName));
    });
    return {
      key: entry.seq,
      color: actionColors[entry.action.split('.')[0] ?? ''] ?? 'gray',
      title: formatDateTime(entry.at),
      content: (
        <div>
          <Typography.Text strong>
            {entry.actorName} · {action}
          </Typography.Text>
          {changes.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {changes.map((text, i) => (
                <li key={i}>
                  <Typography.Text type="secondary">{text}</Typography.Text>
                </li>
              ))}
            </ul>
          )}
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
