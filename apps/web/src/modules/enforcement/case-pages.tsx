import { campaignSpec, caseSpec, checkSpec, fileGrades, planSpec, rectificationSpec, reviewFileSpec, rubricGroups, rubricItemSpec, type FileScores } from '@fazhi/core/enforcement/index';
import type { RegisterSpec } from '@fazhi/core';
import { Alert, Button, Card, Input, InputNumber, List, Switch, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';
import { ReviewersCard } from './reviewers-card';

const pages = (spec: RegisterSpec, basePath: string, heading: (r: Record<string, unknown>) => string) => ({
  List: () => <RegisterListPage spec={spec} basePath={basePath} />,
  Detail: () => <RegisterDetailPage spec={spec} basePath={basePath} heading={heading} />,
  Form: () => <RegisterFormPage spec={spec} basePath={basePath} />,
});

const cases = pages(caseSpec, '/enforcement/cases', (r) => `${String(r.caseNumber ?? '')} ${String(r.partyName ?? '')}`);
export const CaseListPage = cases.List;
export const CaseDetailPage = cases.Detail;
export const CaseFormPage = cases.Form;
const campaign = pages(campaignSpec, '/enforcement/review-campaigns', (r) => String(r.name ?? ''));
export const CampaignListPage = campaign.List;
export const CampaignDetailPage = campaign.Detail;
export const CampaignFormPage = campaign.Form;
const rubric = pages(rubricItemSpec, '/enforcement/rubric-items', (r) => `${String(r.code ?? '')} ${String(r.title ?? '')}`);
export const RubricItemListPage = rubric.List;
export const RubricItemDetailPage = rubric.Detail;
export const RubricItemFormPage = rubric.Form;
const plan = pages(planSpec, '/enforcement/supervision-plans', (r) => String(r.title ?? ''));
export const PlanListPage = plan.List;
export const PlanDetailPage = plan.Detail;
export const PlanFormPage = plan.Form;
const check = pages(checkSpec, '/enforcement/supervision-checks', (r) => String(r.title ?? ''));
export const CheckListPage = check.List;
export const CheckDetailPage = check.Detail;
export const CheckFormPage = check.Form;
const rect = pages(rectificationSpec, '/enforcement/rectifications', (r) => String(r.noticeNumber ?? ''));
export const RectificationListPage = rect.List;
export const RectificationDetailPage = rect.Detail;
export const RectificationFormPage = rect.Form;

export const ReviewFileListPage = () => <RegisterListPage spec={reviewFileSpec} basePath="/enforcement/review-files" />;
export const ReviewFileFormPage = () => <RegisterFormPage spec={reviewFileSpec} basePath="/enforcement/review-files" />;
export function ReviewFileDetailPage() {
  return (
    <RegisterDetailPage spec={reviewFileSpec} basePath="/enforcement/review-files" heading={(r) => `${String(r.caseNumber ?? '')} ${String(r.bodyName ?? '')}`}>
      {({ record, reload }) => (
        <>
          {record.permissions.update && (
            <ReviewersCard fileId={String(record.id)} version={record.version} reviewers={(record.assignees as Assignee[]).filter((a) => a.role === 'reviewer')} onSaved={reload} />
          )}
          <ScoringCard fileId={String(record.id)} onSaved={reload} />
        </>
      )}
    </RegisterDetailPage>
  );
}

type Assignee = { userId: string; displayName: string; role: string };
type Entry = { deduction: number; vetoed: boolean; comment: string };
const t = messages.scoring;

/** One reviewer's scoring sheet: one row per rubric item, stacked so that it reads on a phone. */
function ScoringCard({ fileId, onSaved }: { fileId: string; onSaved: () => void }) {
  const [version, setVersion] = useState(0);
  const { data } = useApi(`enforcement/review-files/${fileId}/scores@${version}`, (signal) => api.get<FileScores>(`enforcement/review-files/${fileId}/scores`, undefined, { signal }));
  const [sheet, setSheet] = useState<Record<string, Entry>>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!data) return;
    setSheet(
      Object.fromEntries(
        data.rubric.map((i) => {
          const mine = data.mine.find((m) => m.itemId === i.id);
          return [i.id, { deduction: mine?.deduction ?? 0, vetoed: mine?.vetoed ?? false, comment: mine?.comment ?? '' }];
        }),
      ),
    );
  }, [data]);
  if (!data) return null;
  const set = (id: string, patch: Partial<Entry>) => setSheet((s) => ({ ...s, [id]: { ...s[id]!, ...patch } }));
  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await api.put(`enforcement/review-files/${fileId}/scores`, {
        scores: data.rubric.map((i) => ({ itemId: i.id, deduction: sheet[i.id]?.deduction ?? 0, vetoed: sheet[i.id]?.vetoed ?? false, comment: sheet[i.id]?.comment || undefined })),
      });
      void message.success(t.submitted);
      setVersion((v) => v + 1);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title={t.title}>
      <Typography.Paragraph strong data-testid="file-score">
        {t.fileScore(data.score, data.grade ? fileGrades.label(data.grade) : null)}
      </Typography.Paragraph>
      {data.reviewers.length > 0 && (
        <Typography.Paragraph>
          {t.reviewers}：{data.reviewers.map((r) => `${r.name} ${r.submitted ? `${r.score}分${r.vetoed ? t.vetoed : ''}` : t.pending}`).join('；')}
        </Typography.Paragraph>
      )}
      {!data.assignedToMe ? (
        <Alert type="info" showIcon message={t.notAssigned} />
      ) : (
        <>
          <List
            dataSource={data.rubric}
            renderItem={(i) => (
              <List.Item key={i.id} data-testid={`item-${i.code}`} style={{ display: 'block' }}>
                <div>
                  <Tag>{rubricGroups.label(i.group)}</Tag>
                  {i.code} {i.title}
                </div>
                <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8, alignItems: 'center' }}>
                  {i.group === 'veto' ? (
                    <span>
                      {t.veto} <Switch aria-label={`${i.code}${t.veto}`} checked={sheet[i.id]?.vetoed ?? false} onChange={(v) => set(i.id, { vetoed: v })} />
                    </span>
                  ) : (
                    <InputNumber
                      aria-label={`${i.code}${t.deduction}`}
                      addonBefore={t.deduction}
                      min={0}
                      max={i.maxDeduction}
                      step={0.5}
                      value={sheet[i.id]?.deduction ?? 0}
                      onChange={(v) => set(i.id, { deduction: Number(v ?? 0) })}
                      placeholder={t.max(i.maxDeduction)}
                      style={{ width: 160 }}
                    />
                  )}
                  <Input
                    aria-label={`${i.code}${t.comment}`}
                    placeholder={t.comment}
                    value={sheet[i.id]?.comment ?? ''}
                    onChange={(e) => set(i.id, { comment: e.target.value })}
                    style={{ flex: '1 1 200px' }}
                    maxLength={500}
                  />
                </div>
              </List.Item>
            )}
          />
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
          <Button type="primary" block loading={saving} onClick={submit}>
            {t.submit}
          </Button>
        </>
      )}
    </Card>
  );
}
