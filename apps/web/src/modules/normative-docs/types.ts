import type { StepOption } from '@fazhi/core';
import type { RecordDetail, RecordRow } from '../../platform/register/types';

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
