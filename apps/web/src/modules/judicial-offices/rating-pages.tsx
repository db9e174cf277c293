import { checklistCategories, ratingSpec, ratingWorkflow, starLevels, type RatingDetail } from '@fazhi/core/judicial-offices/index';
import { Card, Form, InputNumber, Table, Tag, Typography } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { RecordDetail } from '../../platform/register/types';
import { WorkflowActions, type StepOverride } from '../../platform/workflow/workflow-actions';
import { messages } from './messages';

const basePath = '/judicial-offices/ratings';
const t = messages.rating;
type Detail = RatingDetail & RecordDetail;
type Item = Detail['sheet']['items'][number];

export function RatingListPage() {
  return (
    <RegisterListPage spec={ratingSpec} basePath={basePath} renderColumn={{ starLevel: (row) => (row.starLevel == null ? '' : <Tag color="gold">{starLevels.label(String(row.starLevel))}</Tag>) }} />
  );
}

export function RatingFormPage() {
  return <RegisterFormPage spec={ratingSpec} basePath={basePath} createInitial={{ year: new Date().getFullYear() }} />;
}

/** The score inputs of 自评 and 区级评定: one number per checklist item, prefilled with the earlier score. */
function scoreOverride(items: Item[], prefill: (i: Item) => number | null): StepOverride {
  const max = items.reduce((s, i) => s + i.maxPoints, 0);
  return {
    initial: Object.fromEntries(items.map((i) => [`score_${i.id}`, prefill(i) ?? undefined])),
    extra: (
      <>
        <Typography.Paragraph type="secondary">{t.scoresHint(max)}</Typography.Paragraph>
        {items.map((i) => (
          <Form.Item key={i.id} name={`score_${i.id}`} label={`${checklistCategories.label(i.category)}：${i.title}（${i.maxPoints}分）`} required>
            <InputNumber aria-label={t.scoreFor(i.title)} min={0} max={i.maxPoints} step={0.5} inputMode="decimal" style={{ width: 140 }} />
          </Form.Item>
        ))}
      </>
    ),
    body: (values) => ({
      ...Object.fromEntries(Object.entries(values).filter(([k, v]) => !k.startsWith('score_') && v !== undefined && v !== null && v !== '')),
      scores: items.map((i) => ({ itemId: i.id, score: values[`score_${i.id}`] })),
    }),
  };
}

/** 规范化评定: the score sheet, the star level, and the steps 自评 → 区级评定 → 确定. */
export function RatingDetailPage() {
  return (
    <RegisterDetailPage<Detail>
      spec={ratingSpec}
      basePath={basePath}
      heading={(r) => `${r.orgUnitName ?? ''} ${r.year}年度规范化评定`}
      tags={({ record }) => record.starLevel != null && <Tag color="gold">{starLevels.label(String(record.starLevel))}</Tag>}
      actions={({ record, reload }) => {
        const items = record.sheet.items;
        // The scores are a list the step's form cannot draw from the contract: the override adds an input per item.
        return (
          <WorkflowActions
            workflow={ratingWorkflow}
            options={record.transitions}
            url={(name) => `judicial-offices/ratings/${record.id}/transitions/${name}`}
            version={record.version}
            onDone={reload}
            overrides={{
              submit: scoreOverride(items, (i) => i.selfScore),
              assess: scoreOverride(items, (i) => i.districtScore ?? i.selfScore),
            }}
          />
        );
      }}
    >
      {({ record }) => <ScoreSheet record={record} />}
    </RegisterDetailPage>
  );
}

function ScoreSheet({ record }: { record: Detail }) {
  const { sheet } = record;
  const sum = (pick: (i: Item) => number | null) => (sheet.items.some((i) => pick(i) != null) ? sheet.items.reduce((s, i) => s + (pick(i) ?? 0), 0) : null);
  return (
    <Card title={t.sheet} extra={<Typography.Text type="secondary">{t.thresholds(sheet.thresholds)}</Typography.Text>}>
      {sheet.items.length ? (
        <Table<Item>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={sheet.items}
          columns={[
            { key: 'category', title: t.category, render: (_, i) => checklistCategories.label(i.category), width: 110 },
            { key: 'title', title: t.item, dataIndex: 'title' },
            { key: 'max', title: t.maxPoints, dataIndex: 'maxPoints', width: 80, align: 'right' },
            { key: 'self', title: t.selfScore, dataIndex: 'selfScore', width: 100, align: 'right' },
            { key: 'district', title: t.districtScore, dataIndex: 'districtScore', width: 120, align: 'right' },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                {t.total}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {sheet.maxTotal}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {sum((i) => i.selfScore)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {sum((i) => i.districtScore)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t.noItems}</Typography.Text>
      )}
    </Card>
  );
}
