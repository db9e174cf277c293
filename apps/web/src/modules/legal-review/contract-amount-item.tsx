import { reviewSpec } from '@fazhi/core/legal-review/index';
import { Form, InputNumber } from 'antd';

const field = reviewSpec.fields.find((f) => f.name === 'contractAmount')!;

/**
 * 合同金额 in 元 to the 分. The register kit's number input (kind 'integer') has no decimals and would round
 * 1280000.50 to 1280001 without a word.
 */
export function ContractAmountItem({ onlyForContract }: { onlyForContract?: boolean }) {
  // preserve: the edit form holds subjectKind as a value without an input.
  const kind = Form.useWatch('subjectKind', { preserve: true }) as string | undefined;
  if (onlyForContract && kind !== 'contract') return null;
  return (
    <Form.Item name="contractAmount" label={field.label} extra={field.help}>
      <InputNumber placeholder={field.label} min={0.01} precision={2} inputMode="decimal" style={{ width: '100%' }} />
    </Form.Item>
  );
}
