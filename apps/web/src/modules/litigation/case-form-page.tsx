import { caseSpec } from '@fazhi/core/litigation/index';
import { App } from 'antd';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import type { RecordDetail } from '../../platform/register/types';
import { messages } from './messages';
import { PlaintiffsFormList } from './plaintiffs-form-list';
import type { Plaintiff } from './types';

type PlaintiffValues = { kind: string; name: string; idNumber?: string; creditCode?: string; idNumberMasked?: string };

/** Existing plaintiffs as form rows; the full ID number never comes back, only its mask (kept for the hint). */
function plaintiffsOf(record: RecordDetail): Record<string, unknown> {
  const list = (record.plaintiffs as Plaintiff[] | undefined) ?? [];
  const rows: PlaintiffValues[] = list.map((p) => ({
    kind: p.kind,
    name: p.name,
    ...(p.creditCode ? { creditCode: p.creditCode } : {}),
    ...(p.idNumberMasked ? { idNumberMasked: p.idNumberMasked } : {}),
  }));
  return { plaintiffs: rows };
}

/** 新增 / 编辑 行政诉讼案件: the generic form plus the plaintiffs list. */
export function CaseFormPage() {
  const { modal } = App.useApp();
  // Replacing plaintiffs drops ID numbers not typed again (the server replaces the whole list).
  const beforeSend = async (body: Record<string, unknown>, initial: Record<string, unknown>) => {
    const before = (initial.plaintiffs as PlaintiffValues[] | undefined) ?? [];
    const after = body.plaintiffs as PlaintiffValues[] | undefined;
    if (!after || !before.some((p) => p.idNumberMasked)) return true;
    const lost = before.some((p, i) => p.idNumberMasked && !(after[i]?.kind === 'person' && after[i]?.idNumber));
    if (!lost) return true;
    return modal.confirm({ title: messages.plaintiffs.clearConfirmTitle, content: messages.plaintiffs.clearConfirm, okText: '继续保存', cancelText: '返回修改' });
  };
  return (
    <RegisterFormPage
      spec={caseSpec}
      basePath="/litigation/cases"
      createInitial={{ plaintiffs: [{ kind: 'person' }] }}
      editInitial={plaintiffsOf}
      beforeSend={beforeSend}
    >
      <PlaintiffsFormList />
    </RegisterFormPage>
  );
}
