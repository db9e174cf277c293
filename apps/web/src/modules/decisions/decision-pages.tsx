import { decisionSpec, decisionStates, decisionWorkflow } from '@fazhi/core/decisions/index';
import { Form, Select, Tag } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/hooks';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { ChecklistCard, ExecutionCard, ExpertsCard, MembersCard, type DecisionDetail } from './decision-detail-cards';
import { MembersFormList } from './list-fields';
import { messages } from './messages';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';

const basePath = '/decisions/decisions';
const stateColor: Record<string, string> = { preparing: 'blue', decided: 'cyan', published: 'green', notAdopted: 'red', closed: 'default' };
const StateTag = ({ state }: { state: unknown }) => <Tag color={stateColor[String(state)]}>{decisionStates.label(String(state))}</Tag>;

export function DecisionListPage() {
  return <RegisterListPage spec={decisionSpec} basePath={basePath} renderColumn={{ state: (row) => <StateTag state={row.state} /> }} />;
}

type OpenItem = { id: string; title: string; kind: string; leadUnitId: string; leadUnitName: string; year: number };

/** On create, the catalogue item the decision starts on; choosing one fills in its title, kind and 承办单位. */
function CatalogueItemField() {
  const { id } = useParams();
  const form = Form.useFormInstance();
  const { data } = useApi(id ? null : 'decisions/open-items', (signal) => api.get<OpenItem[]>('decisions/open-items', undefined, { signal }));
  if (id) return null;
  const t = messages.decisionForm;
  return (
    <Form.Item name="catalogueItemId" label={t.item} extra={t.itemHelp}>
      <Select
        allowClear
        aria-label={t.item}
        placeholder={t.noItem}
        options={(data ?? []).map((i) => ({ value: i.id, label: messages.openItemLabel(i.year, i.title, i.leadUnitName) }))}
        onChange={(value: string | undefined) => {
          const item = data?.find((i) => i.id === value);
          if (item) form.setFieldsValue({ title: item.title, kind: item.kind, orgUnitId: item.leadUnitId });
        }}
      />
    </Form.Item>
  );
}

export function DecisionFormPage() {
  const [params] = useSearchParams();
  const item = params.get('item');
  return (
    <RegisterFormPage spec={decisionSpec} basePath={basePath} createInitial={item ? { catalogueItemId: item } : {}}>
      <CatalogueItemField />
    </RegisterFormPage>
  );
}

/** 决策详情: the procedure checklist, expert opinions, members' opinions, execution reports; transitions in the header. */
export function DecisionDetailPage() {
  return (
    <RegisterDetailPage<DecisionDetail>
      spec={decisionSpec}
      basePath={basePath}
      heading={(r) => String(r.title)}
      tags={({ record }) => (
        <>
          <StateTag state={record.state} />
          {record.departsFromMajority === true && <Tag color="red">{messages.members.departs}</Tag>}
        </>
      )}
      actions={({ record, reload }) => (
        <WorkflowActions
          workflow={decisionWorkflow}
          options={record.transitions}
          url={(name) => `decisions/decisions/${record.id}/transitions/${name}`}
          version={record.version}
          onDone={reload}
          // The members' opinions are a list the schema's field meta does not draw.
          overrides={{ deliberate: { extra: <MembersFormList />, initial: { meetingType: 'executive', members: [{ stance: 'agree' }] } } }}
        />
      )}
    >
      {({ record, reload }) => (
        <>
          <ChecklistCard record={record} reload={reload} />
          <ExpertsCard experts={record.experts} />
          <MembersCard record={record} />
          <ExecutionCard record={record} reload={reload} />
        </>
      )}
    </RegisterDetailPage>
  );
}
