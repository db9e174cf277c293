import { observationSpec } from '@fazhi/core/litigation/index';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';

// 旁听庭审 is a plain register: the generic pages are the whole UI.
const basePath = '/litigation/observations';

export function ObservationListPage() {
  return <RegisterListPage spec={observationSpec} basePath={basePath} />;
}

export function ObservationDetailPage() {
  return <RegisterDetailPage spec={observationSpec} basePath={basePath} heading={(r) => String(r.title ?? '')} />;
}

export function ObservationFormPage() {
  return <RegisterFormPage spec={observationSpec} basePath={basePath} />;
}
