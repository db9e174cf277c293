import { documentSpec } from '@fazhi/core/normative-docs/index';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { DocumentStateTag, ValidityTag } from './document-tags';

/** 文件管理: filters by 制定机关, 办理环节, 效力状态 and dates (a year is a 公布日期 range). */
export function DocumentListPage() {
  return (
    <RegisterListPage
      spec={documentSpec}
      basePath="/normative-docs/documents"
      renderColumn={{
        docNumber: (row) => (row.docNumber ? String(row.docNumber) : '（未编号）'),
        state: (row) => <DocumentStateTag state={row.state} />,
        validity: (row) => <ValidityTag validity={row.validity} />,
      }}
    />
  );
}

/** 新增 / 编辑: the drafting unit's fields; workflow steps are recorded by the transitions on the detail page. */
export function DocumentFormPage() {
  return <RegisterFormPage spec={documentSpec} basePath="/normative-docs/documents" createInitial={{ numberPrefix: '示范高新发' }} />;
}
