import { absenceReasonKinds, amendableOutcomes, appellants, caseSpec, caseWorkflow, leaderTypes } from '@fazhi/core/litigation/index';
import { Tag } from 'antd';
import { today } from '../../platform/common/dates';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { StateTag } from './case-tags';
import { HearingsCard } from './hearings-card';
import { messages } from './messages';
import { PlaintiffsCard } from './plaintiffs-card';
import { ProceedingsCard } from './proceedings-card';
import type { CaseDetail } from '@fazhi/core/litigation/index';

const l = messages.extraLabels;
// 变更记录 of hearings and 审级 shows these by their names, not their codes (deputy → 副职负责人).
const extraLabels = {
  ...l,
  leaderType: { label: l.leaderType!, codes: leaderTypes },
  absenceReasonKind: { label: l.absenceReasonKind!, codes: absenceReasonKinds },
  appellant: { label: l.appellant!, codes: appellants },
  amendedOutcome: { label: l.amendedOutcome!, codes: amendableOutcomes },
};

/** 案件详情: fields, state and workflow buttons, the record of each 审级, plaintiffs (masked IDs), hearings, audit trail. */
export function CaseDetailPage() {
  return (
    <RegisterDetailPage<CaseDetail>
      spec={caseSpec}
      basePath="/litigation/cases"
      heading={(r) => r.caseNumber}
      extraLabels={extraLabels}
      tags={({ record }) => (
        <>
          <StateTag state={record.state} />
          {record.lost === true && <Tag color="red">败诉</Tag>}
          {record.defenceLate === true && <Tag color="orange">逾期答辩</Tag>}
          {typeof record.appealDueOn === 'string' && <Tag color="blue">上诉期限 {record.appealDueOn}</Tag>}
          {record.state === 'appealed' && typeof record.appealAnswerDueOn === 'string' && !record.appealAnswerSubmittedOn && <Tag color="orange">二审答辩期限 {record.appealAnswerDueOn}</Tag>}
          {record.appealAnswerLate === true && <Tag color="orange">二审逾期答辩</Tag>}
          {typeof record.effectiveOn === 'string' && <Tag color="geekblue">生效日期 {record.effectiveOn}</Tag>}
          {typeof record.performedOn === 'string' && <Tag color="green">已履行 {record.performedOn}</Tag>}
          {!record.performedOn && typeof record.performanceDueOn === 'string' && record.performanceDueOn < today() && <Tag color="red">逾期未履行</Tag>}
        </>
      )}
      actions={({ record, reload }) => (
        <WorkflowActions workflow={caseWorkflow} options={record.transitions} url={(name) => `litigation/cases/${record.id}/transitions/${name}`} version={record.version} onDone={reload} />
      )}
    >
      {({ record, reload }) => (
        <>
          <ProceedingsCard proceedings={record.proceedings ?? []} />
          <PlaintiffsCard caseId={record.id} plaintiffs={record.plaintiffs ?? []} />
          <HearingsCard caseId={record.id} version={record.version} hearings={record.hearings ?? []} editable={record.permissions.update} onChanged={reload} />
        </>
      )}
    </RegisterDetailPage>
  );
}
