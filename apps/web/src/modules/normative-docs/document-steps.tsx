import { deliberationDecisions, publicationChannels } from '@fazhi/core/normative-docs/index';
import { reviewOpinions } from '@fazhi/core/legal-review/index';
import { Card, Tag, Timeline } from 'antd';
import type { ReactNode } from 'react';
import { messages } from './messages';
import type { DocumentDetail } from '@fazhi/core/normative-docs/index';

const t = messages.steps;
const s = (v: unknown) => (typeof v === 'string' && v ? v : null);

type Step = { label: string; done: boolean; text: ReactNode };

/** 立项 → … → 清理: each step with its date and what was recorded; the current step in blue. */
export function DocumentSteps({ record: r }: { record: DocumentDetail }) {
  const review = r.review;
  const steps: Step[] = [
    { label: t.proposed, done: true, text: s(r.proposedOn) },
    { label: t.drafting, done: Boolean(s(r.draftingUnitName)) && r.state !== 'proposed', text: s(r.draftingUnitName) },
    { label: t.publicComment, done: Boolean(s(r.publicCommentStartsOn)), text: s(r.publicCommentStartsOn) ? t.commentPeriod(String(r.publicCommentStartsOn), String(r.publicCommentEndsOn)) : null },
    {
      label: t.review,
      done: review?.status === 'passed',
      text: review?.opinion ? `${reviewOpinions.label(review.opinion)} ${review.concludedOn ?? ''}` : review ? messages.review.pending : null,
    },
    { label: t.deliberation, done: Boolean(s(r.meetingOn)), text: s(r.meetingOn) ? `${String(r.meetingName)} ${String(r.meetingOn)} ${deliberationDecisions.label(s(r.deliberationDecision))}` : null },
    { label: t.signing, done: Boolean(s(r.signedOn)), text: s(r.signedOn) ? `${String(r.signerName)} ${String(r.signedOn)}` : null },
    { label: t.registration, done: Boolean(s(r.registrationNumber)), text: s(r.registrationNumber) ? `${String(r.registrationNumber)} ${String(r.registeredOn)}` : null },
    { label: t.issuance, done: Boolean(s(r.docNumber)), text: s(r.docNumber) ? `${String(r.docNumber)} ${String(r.issuedOn ?? '')}` : null },
    { label: t.publication, done: Boolean(s(r.publishedOn)), text: s(r.publishedOn) ? `${String(r.publishedOn)} ${publicationChannels.label(s(r.publicationChannel))}` : null },
    {
      label: t.filing,
      done: Boolean(s(r.filedOn)),
      text: (
        <>
          {s(r.filedOn) ? `${String(r.filedOn)} ${String(r.filedWith ?? '')}` : s(r.filingDueOn) ? t.filingDue(String(r.filingDueOn)) : null}
          {r.filedLate === true && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {t.filedLate}
            </Tag>
          )}
        </>
      ),
    },
    { label: t.inForce, done: Boolean(s(r.effectiveOn)), text: s(r.effectiveOn) ? `${String(r.effectiveOn)}，${t.expires(String(r.expiresOn))}` : null },
    {
      label: t.after,
      done: Boolean(s(r.endedOn) || s(r.evaluatedOn)),
      text: s(r.endedOn) ? `${String(r.endedOn)} ${String(r.endReason ?? '')}` : s(r.evaluatedOn) ? `${String(r.evaluatedOn)} ${String(r.evaluationNote ?? '')}` : null,
    },
  ];
  const current = steps.findIndex((x) => !x.done);
  return (
    <Card title={t.title}>
      <Timeline
        items={steps.map((x, i) => ({
          key: x.label,
          color: x.done ? 'green' : i === current ? 'blue' : 'gray',
          children: (
            <div>
              <strong>{x.label}</strong>
              {x.text ? <div style={{ color: '#595959', wordBreak: 'break-all' }}>{x.text}</div> : null}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
