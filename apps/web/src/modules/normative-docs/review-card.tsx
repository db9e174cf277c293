import { reviewOpinions } from '@fazhi/core/legal-review/index';
import { Alert, Button, Card, Descriptions, Flex } from 'antd';
import { Link } from 'react-router-dom';
import { messages } from '../../platform/messages';
import { messages as m } from './messages';
import type { DocumentDetail } from '@fazhi/core/normative-docs/index';

const t = m.review;
const requestable = ['drafting', 'publicComment', 'underReview'];

/** The document's legality review: its conclusion, and the link that submits one (the form lives in 合法性审核). */
export function ReviewCard({ record }: { record: DocumentDetail }) {
  const review = record.review;
  const stale = review !== null && review.status === 'none';
  const canRequest = record.permissions.update && requestable.includes(record.state) && (!review || review.status === 'failed' || stale);
  const requestLink = (
    <Link to={`/legal-review/requests/new?subjectKind=normativeDocument&subjectId=${record.id}`}>
      <Button type="primary" ghost>
        {t.request}
      </Button>
    </Link>
  );
  return (
    <Card title={t.title} extra={review ? <Link to={`/legal-review/requests/${review.requestId}`}>{t.open}</Link> : null}>
      <Flex vertical gap={12}>
        {!review && <Alert type="warning" showIcon message={t.none} />}
        {review && !review.concludedOn && <Alert type="info" showIcon message={t.pending} />}
        {stale && <Alert type="warning" showIcon message={t.stale} />}
        {review?.status === 'failed' && <Alert type="error" showIcon message={t.failed} />}
        {review?.concludedOn && (
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'opinion', label: t.opinion, children: reviewOpinions.label(review.opinion) },
              { key: 'on', label: t.concludedOn, children: review.concludedOn },
              { key: 'adviser', label: t.adviser, children: review.adviserTookPart ? messages.yes : messages.no },
            ]}
          />
        )}
        {canRequest && <div>{requestLink}</div>}
      </Flex>
    </Card>
  );
}
