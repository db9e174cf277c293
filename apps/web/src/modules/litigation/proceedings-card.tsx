import { appellants, instances, outcomes } from '@fazhi/core/litigation/index';
import { Card, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { messages as common } from '../../platform/messages';
import { messages } from './messages';
import type { Proceeding } from '@fazhi/core/litigation/index';

const t = messages.proceedings;
const orEmpty = (v: string | null) => v ?? common.empty;

/** One row per 审级 (一审, 二审, 重审): each keeps its own 案号, court, decision, 送达 date and appeal deadline. */
export function ProceedingsCard({ proceedings }: { proceedings: Proceeding[] }) {
  const columns: TableColumnsType<Proceeding> = [
    { key: 'instance', title: t.instance, render: (_: unknown, p) => <Tag>{instances.label(p.instance)}</Tag> },
    { key: 'caseNumber', title: t.caseNumber, dataIndex: 'caseNumber' },
    { key: 'court', title: t.court, dataIndex: 'court' },
    { key: 'startedOn', title: t.startedOn, dataIndex: 'startedOn' },
    { key: 'appellant', title: t.appellant, render: (_: unknown, p) => (p.appellant ? appellants.label(p.appellant) : common.empty) },
    {
      key: 'outcome',
      title: t.outcome,
      render: (_: unknown, p) =>
        p.outcome ? `${outcomes.label(p.outcome)}${p.amendedOutcome ? `（${outcomes.label(p.amendedOutcome)}）` : ''}${p.decisionKind ? ` · ${t.kinds[p.decisionKind] ?? ''}` : ''}` : common.empty,
    },
    { key: 'decidedOn', title: t.decidedOn, render: (_: unknown, p) => orEmpty(p.decidedOn) },
    { key: 'servedOn', title: t.servedOn, render: (_: unknown, p) => orEmpty(p.servedOn) },
    {
      key: 'appealDueOn',
      title: (
        <Tooltip title={t.appealDueHint}>
          <span>{t.appealDueOn}</span>
        </Tooltip>
      ),
      render: (_: unknown, p) => orEmpty(p.appealDueOn),
    },
  ];
  return (
    <Card title={t.title}>
      <Table<Proceeding> rowKey="id" size="small" columns={columns} dataSource={proceedings} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t.none }} />
    </Card>
  );
}
