import type { StepOption } from '@fazhi/core';
import type { RecordDetail, RecordRow } from '../../platform/register/types';

export type DocumentComment = { id: string; commenter: string; receivedOn: string; content: string; handling: string | null; handlingReason: string | null };

export type DocumentReview = { requestId: string; state: string; opinion: string | null; concludedOn: string | null; adviserTookPart: boolean; status: 'none' | 'pending' | 'failed' | 'passed' };

export type DocumentLink = { id: string; title: string; docNumber: string | null };

export type DocumentDetail = RecordDetail & {
  title: string;
  state: string;
  validity: string;
  comments: DocumentComment[];
  review: DocumentReview | null;
  newVersion: DocumentLink | null;
  previousVersions: DocumentLink[];
  transitions: StepOption[];
};

export type CampaignItem = {
  id: string;
  documentId: string;
  conclusion: string | null;
  reason: string | null;
  newVersionId: string | null;
  appliedOn: string | null;
  docNumber: string | null;
  title: string;
  orgUnitName: string;
  publishedOn: string | null;
  expiresOn: string | null;
};

export type CampaignDetail = RecordDetail & { name: string; state: string; items: CampaignItem[]; issuingUnitNames: string[]; transitions: StepOption[] };

export type PublicDocument = { id: string; docNumber: string; title: string; orgUnitName: string; publishedOn: string; effectiveOn: string | null; expiresOn: string | null };
export type PublicDocumentText = PublicDocument & {
  registrationNumber: string;
  publicationChannelLabel: string;
  fullText: string | null;
  attachments: { id: string; filename: string; size: number }[];
};
export type PublicCleanup = {
  id: string;
  name: string;
  orgUnitName: string;
  publishedOn: string | null;
  lists: { conclusion: string; label: string; documents: { docNumber: string | null; title: string; orgUnitName: string; reason: string | null }[] }[];
};

export type { RecordRow };
