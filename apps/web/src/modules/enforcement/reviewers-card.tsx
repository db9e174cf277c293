import { App, Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { api, errorText } from '../../api/client';
import { useCan } from '../../platform/auth/me-context';
import { messages } from './messages';

const t = messages.reviewers;
type UserRow = { id: string; displayName: string; orgUnitName?: string };
type Reviewer = { userId: string; displayName: string };

/** The organiser picks a file's reviewers from any unit's users; saving replaces the whole set (PUT …/reviewers). */
export function ReviewersCard({ fileId, version, reviewers, onSaved }: { fileId: string; version: number; reviewers: Reviewer[]; onSaved: () => void }) {
  const { message } = App.useApp();
  const canListUsers = useCan('users', 'read');
  const [options, setOptions] = useState<{ value: string; label: string }[]>(reviewers.map((r) => ({ value: r.userId, label: r.displayName })));
  const [chosen, setChosen] = useState<string[]>(reviewers.map((r) => r.userId));
  const [busy, setBusy] = useState(false);
  const search = async (q: string) => {
    try {
      const found = await api.get<UserRow[]>('users', q ? { q } : undefined);
      const kept = options.filter((o) => chosen.includes(o.value));
      const fresh = found.filter((u) => !chosen.includes(u.id)).map((u) => ({ value: u.id, label: u.orgUnitName ? `${u.displayName}（${u.orgUnitName}）` : u.displayName }));
      setOptions([...kept, ...fresh]);
    } catch {
      /* the list stays as it was */
    }
  };
  const save = async () => {
    setBusy(true);
    try {
      await api.put(`enforcement/review-files/${fileId}/reviewers`, { userIds: chosen });
      message.success(t.saved);
      onSaved();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  if (!canListUsers) return null;
  return (
    <Card title={t.title} extra={<Typography.Text type="secondary">{t.hint}</Typography.Text>} styles={{ extra: { whiteSpace: 'normal' } }} key={version}>
      <Flex gap={8} wrap>
        <Select
          mode="multiple"
          aria-label={t.title}
          style={{ flex: '1 1 260px' }}
          placeholder={t.placeholder}
          value={chosen}
          options={options}
          filterOption={false}
          showSearch
          onSearch={(q) => void search(q)}
          onFocus={() => void search('')}
          onChange={setChosen}
        />
        <Button type="primary" loading={busy} disabled={chosen.length === 0} onClick={() => void save()}>
          {t.save}
        </Button>
      </Flex>
    </Card>
  );
}
