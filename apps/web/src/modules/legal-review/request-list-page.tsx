import { reviewSpec } from '@fazhi/core/legal-review/index';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { OpinionTag, StateTag } from './review-tags';

/** 审核事项: the generic register list, filterable by kind, state, unit, dates, opinion, lateness and adoption. */
export function RequestListPage() {
  return (
    <RegisterListPage spec={reviewSpec} basePath="/legal-review/requests" renderColumn={{ state: (row) => <StateTag state={row.state} />, opinion: (row) => <OpinionTag opinion={row.opinion} /> }} />
  );
}
