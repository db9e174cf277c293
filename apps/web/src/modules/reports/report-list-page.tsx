import { reportSpec } from '@fazhi/core/reports';
import { Form, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { messages as common } from '../../platform/messages';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import type { ListPage, RecordRow } from '../../platform/register/types';
import { messages } from './messages';
import { ReportStateTag } from './report-tags';

const basePath = '/reports/annual';

export function ReportListPage() {
  return (
    <RegisterListPage
      spec={reportSpec}
      basePath={basePath}
      renderColumn={{
        state: (row) => <ReportStateTag state={row.state} />,
        submittedOn: (row) => (
          <>
            {String(row.submittedOn ?? common.empty)} {row.submittedLate === true && <Tag color="red">{messages.report.late}</Tag>}
          </>
        ),
        publishedOn: (row) => (
          <>
            {String(row.publishedOn ?? common.empty)} {row.publishedLate === true && <Tag color="red">{messages.report.late}</Tag>}
          </>
        ),
      }}
    />
  );
}

/** Early in the year the report being drafted is last year's (due 1 March). */
function draftingYear(): number {
  const now = dayjs();
  return now.month() < 6 ? now.year() - 1 : now.year();
}

/** The templates the user may pick from for a new report. */
function TemplateSelect(props: { value?: string; onChange?: (v: string | undefined) => void; id?: string }) {
  const { data, loading } = useApi('reports/templates?all', (signal) => api.get<ListPage<RecordRow>>('reports/templates', { pageSize: 200, sort: 'name', order: 'asc' }, { signal }));
  return (
    <Select
      {...props}
      allowClear
      loading={loading}
      placeholder={messages.report.template}
      aria-label={messages.report.template}
      options={(data?.items ?? []).map((r) => ({ value: r.id, label: `${String(r.name)}（${r.orgUnitName ?? ''}）` }))}
    />
  );
}

/** 新增年度报告: year, unit, optional title and template; the page of the new report opens after saving. */
export function ReportFormPage() {
  return (
    <RegisterFormPage spec={reportSpec} basePath={basePath} createInitial={{ year: draftingYear() }}>
      <Form.Item name="templateId" label={messages.report.template} extra={messages.report.templateHint}>
        <TemplateSelect />
      </Form.Item>
    </RegisterFormPage>
  );
}
