import { activitySpec, personSecretSpecFields, personSpec } from '@fazhi/core/resettlement/index';
import { Space, Tag } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { RevealButton } from '../../platform/register/reveal-button';
import { messages } from './messages';

const t = messages.person;
const personPath = '/resettlement/persons';
const activityPath = '/resettlement/activities';
const personForm = { ...personSpec, fields: [...personSpec.fields, ...personSecretSpecFields] };

/** 刑满释放人员: 衔接, 安置 and 帮教 on one page; ID number and phone masked, shown in full with a reason. */
export const personPages = {
  List: () => (
    <RegisterListPage
      spec={personSpec}
      basePath={personPath}
      renderColumn={{
        keyPerson: (row) => (row.keyPerson ? <Tag color="red">{t.key}</Tag> : null),
        handoverOn: (row) => (row.handoverOn ? String(row.handoverOn) : <Tag color="orange">{t.notHandedOver}</Tag>),
      }}
    />
  ),
  Form: () => <RegisterFormPage spec={personForm} basePath={personPath} />,
  Detail: () => (
    <RegisterDetailPage
      spec={personSpec}
      basePath={personPath}
      heading={(r) => t.heading(String(r.name), String(r.crime))}
      tags={({ record }) => (
        <>
          {record.keyPerson ? <Tag color="red">{t.key}</Tag> : null}
          {record.handoverOn ? null : <Tag color="orange">{t.notHandedOver}</Tag>}
          {record.lostContact ? <Tag color="volcano">{t.lost}</Tag> : null}
        </>
      )}
      actions={({ record }) => (
        <Space wrap>
          <RevealButton module="resettlement" path="resettlement/persons" id={record.id} field="idNumber" label={t.idNumber} />
          <RevealButton module="resettlement" path="resettlement/persons" id={record.id} field="phone" label={t.phone} />
        </Space>
      )}
    />
  ),
};

export const activityPages = {
  List: () => <RegisterListPage spec={activitySpec} basePath={activityPath} />,
  Form: () => <RegisterFormPage spec={activitySpec} basePath={activityPath} />,
  Detail: () => <RegisterDetailPage spec={activitySpec} basePath={activityPath} heading={(r) => `${String(r.personName)} ${String(r.occurredOn)}`} />,
};
