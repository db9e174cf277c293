import { publicLawyerSpec } from '@fazhi/core/legal-advisers/index';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { ProviderLogCard } from './provider-log-card';
import { StateTag } from './state-tag';
import type { PublicLawyerDetail } from './types';

// 公职律师 is a plain register plus the lawyer's service log.
const basePath = '/legal-advisers/public-lawyers';

export function PublicLawyerListPage() {
  return <RegisterListPage spec={publicLawyerSpec} basePath={basePath} renderColumn={{ state: (row) => <StateTag state={row.state} of="publicLawyer" /> }} />;
}

export function PublicLawyerDetailPage() {
  return (
    <RegisterDetailPage<PublicLawyerDetail> spec={publicLawyerSpec} basePath={basePath} heading={(r) => r.name} tags={({ record }) => <StateTag state={record.state} of="publicLawyer" />}>
      {({ record }) => <ProviderLogCard provider="public-lawyers" id={record.id} totals={record.serviceTotals} />}
    </RegisterDetailPage>
  );
}

export function PublicLawyerFormPage() {
  return <RegisterFormPage spec={publicLawyerSpec} basePath={basePath} />;
}
