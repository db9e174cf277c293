import { commentPeriodFloor, documentSpec, documentWorkflow } from '@fazhi/core/normative-docs/index';
import { Card, Flex, Form } from 'antd';
import { Link } from 'react-router-dom';
import { useMe } from '../../platform/auth/me-context';
import { today } from '../../platform/common/dates';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { WorkflowActions } from '../../platform/workflow/workflow-actions';
import { CommentsCard } from './comments-card';
import { DocumentPicker } from './document-picker';
import { DocumentSteps } from './document-steps';
import { DocumentStateTag, ValidityTag } from './document-tags';
import { messages } from './messages';
import { ReviewCard } from './review-card';
import type { DocumentDetail } from '@fazhi/core/normative-docs/index';

const extraLabels = { returnReason: '退回原因', numberYear: '编号年度', numberSeq: '顺序号', deliberationNote: '会议纪要要点', newVersionId: '修改后的新文件', validity: '效力状态' };

/** 文件详情: the steps so far, the buttons for the next ones, the review, the comments, versions and the audit trail. */
export function DocumentDetailPage() {
  const me = useMe();
  return (
    <RegisterDetailPage<DocumentDetail>
      spec={documentSpec}
      basePath="/normative-docs/documents"
      heading={(r) => r.title}
      extraLabels={extraLabels}
      tags={({ record }) => (
        <>
          <DocumentStateTag state={record.state} />
          <ValidityTag validity={record.validity} />
        </>
      )}
      actions={({ record, reload }) => (
        <WorkflowActions
          workflow={documentWorkflow}
          options={record.transitions}
          url={(name) => `normative-docs/documents/${record.id}/transitions/${name}`}
          version={record.version}
          onDone={reload}
          overrides={{
            // The forms start valid: the unit that drafts, the shortest lawful 征求意见 period, the leader signing.
            startDrafting: { initial: { draftingUnitName: record.draftingUnitName ?? record.orgUnitName } },
            startPublicComment: { initial: { publicCommentStartsOn: today(), publicCommentEndsOn: commentPeriodFloor(today(), record.concernsMarketEntities === true) } },
            sign: { initial: { signerName: record.signerName ?? me.displayName } },
            // 修改: the new document is picked by its title or number, not typed as an id.
            amend: {
              extra: (
                <Form.Item name="newVersionId" label={messages.versions.replacedBy} required extra={messages.versions.pick}>
                  <DocumentPicker placeholder={messages.versions.replacedBy} exclude={record.id} />
                </Form.Item>
              ),
            },
          }}
        />
      )}
    >
      {({ record, reload }) => (
        <>
          <DocumentSteps record={record} />
          <ReviewCard record={record} />
          <CommentsCard record={record} onChanged={reload} />
          {(record.newVersion || record.previousVersions.length > 0) && (
            <Card title={messages.versions.replacedBy}>
              <Flex vertical gap={8}>
                {record.newVersion && (
                  <span>
                    {messages.versions.replacedBy}：
                    <Link to={`/normative-docs/documents/${record.newVersion.id}`}>
                      {record.newVersion.docNumber ?? ''} {record.newVersion.title}
                    </Link>
                  </span>
                )}
                {record.previousVersions.map((p) => (
                  <span key={p.id}>
                    {messages.versions.replaces}：
                    <Link to={`/normative-docs/documents/${p.id}`}>
                      {p.docNumber ?? ''} {p.title}
                    </Link>
                  </span>
                ))}
              </Flex>
            </Card>
          )}
        </>
      )}
    </RegisterDetailPage>
  );
}
