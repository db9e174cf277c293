import { suggestionSpec } from '@fazhi/core/litigation/index';
import { Tag } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';

// 司法建议/检察建议 is a plain register: the generic pages are the whole UI; the reply deadline is computed.
const basePath = '/litigation/suggestions';
const t = messages.suggestions;

export function SuggestionListPage() {
  return <RegisterListPage spec={suggestionSpec} basePath={basePath} />;
}

export function SuggestionDetailPage() {
  return (
    <RegisterDetailPage
      spec={suggestionSpec}
      basePath={basePath}
      heading={(r) => String(r.docNumber ?? '')}
      tags={({ record }) => (
        <>
          {record.urgent === true && <Tag color="orange">{t.urgent}</Tag>}
          {record.repliedOn ? (
            <Tag color={record.replyLate === true ? 'red' : 'green'}>{record.replyLate === true ? t.late : t.replied}</Tag>
          ) : (
            <Tag color="blue">{t.due(String(record.replyDueOn ?? ''))}</Tag>
          )}
        </>
      )}
    />
  );
}

export function SuggestionFormPage() {
  return <RegisterFormPage spec={suggestionSpec} basePath={basePath} />;
}
