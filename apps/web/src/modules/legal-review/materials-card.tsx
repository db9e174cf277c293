import { reviewMaterialsByKind, type ReviewSubjectKind } from '@fazhi/core/legal-review/index';
import { Card, Flex, Tag } from 'antd';
import { messages } from './messages';

const t = messages.materials;

/** The kind's 送审材料 checklist as submitted: what was ticked on registering, and what is still missing. */
export function MaterialsCard({ kind, ticked }: { kind: ReviewSubjectKind; ticked: readonly string[] }) {
  return (
    <Card title={t.title} size="small">
      <Flex vertical gap={4}>
        {(reviewMaterialsByKind[kind] ?? []).map((m) => (
          <Flex key={m.code} gap={8} align="center" data-material={m.code}>
            {ticked.includes(m.code) ? <Tag color="green">{t.submitted}</Tag> : <Tag>{t.missing}</Tag>}
            <span>{m.label}</span>
            {m.required && <Tag color="red">{t.required}</Tag>}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
