import type { RecordDetail, RecordRow } from '../../platform/register/types';

export type ServedUnit = { id: string; name: string; kind: string };
export type ServiceTotals = { entries: number; hours: number };

export type AdviserDetail = RecordDetail & {
  name: string;
  state: string;
  phoneMasked: string | null;
  enterprisesServed: string | null;
  servedUnits: ServedUnit[];
  servedUnitIds: string[];
  linkedUser: { id: string; displayName: string } | null;
  serviceTotals: ServiceTotals;
};

export type PublicLawyerDetail = RecordDetail & { name: string; state: string; serviceTotals: ServiceTotals };

export type ServiceRow = RecordRow & { servedOn: string; kind: string; providerName: string; subject: string; hours: number };

export type ServiceDetail = RecordDetail &
  ServiceRow & {
    adviserId: string | null;
    publicLawyerId: string | null;
    reviewRequestId: string | null;
    reviewRequestTitle: string | null;
    persons: number;
    enterpriseId: string | null;
    themeId: string | null;
    outcome: string | null;
    adviser: { id: string; name: string; lawFirm: string | null } | null;
    publicLawyer: { id: string; name: string; post: string } | null;
    reviewRequestPath: string | null;
  };

export type Provider = { id: string; name: string; detail: string | null; state: string; servesUnit: boolean; mine?: boolean };
export type Providers = { advisers: Provider[]; publicLawyers: Provider[] };

export type ServiceDefaults = { servedOn: string; kind: string; orgUnitId: string; adviserId: string | null; publicLawyerId: string | null; hours: number };

export type ThemeDetail = RecordDetail & { title: string; year: number; month: number; communities: { id: string; name: string; held: boolean }[]; communitiesHeld: number; communitiesTotal: number };
export type EnterpriseDetail = RecordDetail & { name: string; serviceCount: number; lastServedOn: string | null };
