import { caseSpec } from '@fazhi/core/litigation/index';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import type { RecordDetail } from '../../platform/register/types';
import { PlaintiffsFormList } from './plaintiffs-form-list';
import type { Plaintiff } from '@fazhi/core/litigation/index';

type PlaintiffValues = { id: string; kind: string; name: string; creditCode?: string; idNumberMasked?: string };

/**
 * Existing plaintiffs as form rows. The full ID number never comes back, only its mask (for the hint); the row's `id`
 * goes back with the form, so the server keeps a stored number that was not typed again.
 */
function plaintiffsOf(record: RecordDetail): Record<string, unknown> {
  const list = (record.plaintiffs as Plaintiff[] | undefined) ?? [];
  const rows: PlaintiffValues[] = list.map((p) => ({
    id: p.id,
    kind: p.kind,
    name: p.name,
    ...(p.creditCode ? { creditCode: p.creditCode } : {}),
    ...(p.idNumberMasked ? { idNumberMasked: p.idNumberMasked } : {}),
  }));
  return { plaintiffs: rows };
}

/** 新增 / 编辑 行政诉讼案件: the generic form plus the plaintiffs list. */
export function CaseFormPage() {
  return (
    <RegisterFormPage spec={caseSpec} basePath="/litigation/cases" createInitial={{ plaintiffs: [{ kind: 'person' }] }} editInitial={plaintiffsOf}>
      <PlaintiffsFormList />
    </RegisterFormPage>
  );
}
