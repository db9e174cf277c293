import { contextPlaceholders } from '@fazhi/core/reports';
import { Button, Empty, Flex, Input, Modal, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { IndicatorDef } from '../../platform/indicators/api';
import { messages as common } from '../../platform/messages';
import { messages } from './messages';

const t = messages.picker;

type Entry = { id: string; label: string; unit?: string; kind?: string; definition: string; dimensions?: IndicatorDef['dimensions'] };

/** The indicator, and below it one button per breakdown value ({id:dimension=code}: 清理 by 清理结论, 律师事务所 in 家). */
function PickerItem({ entry, onPick }: { entry: Entry; onPick: (id: string) => void }) {
  return (
    <div>
      <EntryButton entry={entry} onPick={onPick} />
      {entry.dimensions?.map((d) => (
        <Flex key={d.key} wrap gap={4} align="center" style={{ margin: '4px 0 0 12px' }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t.byDimension(d.label)}
          </Typography.Text>
          {d.codes.map((c) => (
            <Button key={c.code} size="small" onClick={() => onPick(`${entry.id}:${d.key}=${c.code}`)}>
              {c.unit ? `${c.label}（${c.unit}）` : c.label}
            </Button>
          ))}
        </Flex>
      ))}
    </div>
  );
}

function EntryButton({ entry, onPick }: { entry: Entry; onPick: (id: string) => void }) {
  return (
    <button type="button" className="picker-item" onClick={() => onPick(entry.id)}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>{entry.label}</Typography.Text>
        <span>
          {entry.unit && <Tag>{entry.unit}</Tag>}
          {entry.kind && <Tag color="blue">{common.dashboard.kinds[entry.kind] ?? entry.kind}</Tag>}
        </span>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
        {entry.definition}
      </Typography.Text>
      <Typography.Text code style={{ fontSize: 12 }}>{`{${entry.id}}`}</Typography.Text>
    </button>
  );
}

/**
 * 插入指标: the figures a report may name, from the indicator catalogue (grouped by module, with their definitions)
 * and the report's own facts ({year}, {orgName}…), so that no placeholder is typed blind.
 */
export function IndicatorPicker({
  open,
  target,
  catalogue,
  onPick,
  onClose,
}: {
  open: boolean;
  /** Where the placeholder goes, in words ("第3段 正文"). */
  target: string;
  catalogue: IndicatorDef[];
  onPick: (id: string) => void;
  onClose: () => void;
}) {
  const [q, setQ] = useState('');
  const groups = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const hit = (e: Entry) => !needle || `${e.label} ${e.definition} ${e.id}`.toLowerCase().includes(needle);
    const byModule = new Map<string, Entry[]>();
    for (const d of catalogue) if (hit(d)) byModule.set(d.module, [...(byModule.get(d.module) ?? []), d]);
    const context: Entry[] = Object.entries(contextPlaceholders)
      .map(([id, label]) => ({ id, label, definition: t.contextHint }))
      .filter(hit);
    const out = [...byModule.entries()].map(([m, entries]) => ({ key: m, title: common.modules[m] ?? m, entries }));
    if (context.length) out.push({ key: 'context', title: t.context, entries: context });
    return out;
  }, [catalogue, q]);

  return (
    <Modal title={t.title} open={open} onCancel={onClose} footer={null} width={680} destroyOnHidden afterOpenChange={(o) => !o && setQ('')}>
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t.insertInto(target)}</Typography.Text>
        <Input.Search allowClear placeholder={t.search} aria-label={t.search} value={q} onChange={(e) => setQ(e.target.value)} autoFocus />
        <div className="picker-list">
          {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />}
          {groups.map((g) => (
            <section key={g.key} aria-label={g.title}>
              <Typography.Title level={5} style={{ margin: '8px 0' }}>
                {g.title}
              </Typography.Title>
              <Flex vertical gap={8}>
                {g.entries.map((e) => (
                  <PickerItem key={e.id} entry={e} onPick={onPick} />
                ))}
              </Flex>
            </section>
          ))}
        </div>
      </Flex>
    </Modal>
  );
}
