import { caseSpec } from '@fazhi/core/litigation/index';
import { Tag } from 'antd';
import { messages as common } from '../../platform/messages';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { StateTag } from './case-tags';

export function CaseListPage() {
  return (
    <RegisterListPage
      spec={caseSpec}
      basePath="/litigation/cases"
      renderColumn={{
        state: (row) => <StateTag state={row.state} />,
        lost: (row) => (row.lost === true ? <Tag color="red">{common.yes}</Tag> : common.no),
      }}
    />
  );
}
