import type { FieldSpec } from '@fazhi/core';
import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import { dateItemProps } from '../common/dates';
import { messages } from '../messages';
import { OrgTreeSelect } from '../org/org-tree-select';
import type { NamePath } from '../form/validation';
import { RefSelect } from './ref-select';

const booleanOptions = [
  { value: true, label: messages.yes },
  { value: false, label: messages.no },
];

// What Form.Item injects into its child (value, onChange, id…); it must reach the real input.
type Injected = Record<string, unknown>;

/** The input for one field kind; the label doubles as placeholder so tests and screen readers find it. */
export function FieldControl({ field, required, ...inject }: { field: FieldSpec; required: boolean } & Injected) {
  const placeholder = field.label;
  switch (field.kind) {
    case 'longText':
      return <Input.TextArea {...inject} placeholder={placeholder} autoSize={{ minRows: 3, maxRows: 10 }} />;
    case 'date':
      return <DatePicker {...inject} placeholder={placeholder} style={{ width: '100%' }} />;
    case 'dateTime':
      return <DatePicker {...inject} showTime placeholder={placeholder} style={{ width: '100%' }} />;
    case 'integer':
      return <InputNumber {...inject} placeholder={placeholder} precision={0} style={{ width: '100%' }} />;
    case 'boolean':
      return <Radio.Group {...inject} options={booleanOptions} optionType="button" aria-label={field.label} />;
    case 'code':
      return <Select {...inject} placeholder={placeholder} aria-label={field.label} allowClear={!required} options={field.codes?.items.map((i) => ({ value: i.code, label: i.label })) ?? []} />;
    case 'orgUnit':
      return <OrgTreeSelect {...inject} placeholder={placeholder} aria-label={field.label} allowClear={!required} />;
    case 'ref':
      return field.ref ? <RefSelect {...inject} target={field.ref} placeholder={placeholder} aria-label={field.label} allowClear={!required} /> : <Input {...inject} placeholder={placeholder} />;
    default:
      return <Input {...inject} placeholder={placeholder} />;
  }
}

/** Form.Item for a spec field: ISO date strings in the store, required mark from the schema. */
export function FieldItem({ field, required, name }: { field: FieldSpec; required: boolean; name?: NamePath }) {
  const dateProps = field.kind === 'date' ? dateItemProps : field.kind === 'dateTime' ? dateTimeItemProps : {};
  return (
    <Form.Item name={name ?? field.name} label={field.label} required={required} extra={field.help} {...dateProps}>
      <FieldControl field={field} required={required} />
    </Form.Item>
  );
}

const dateTimeItemProps = {
  getValueProps: dateItemProps.getValueProps,
  normalize: (value: { toISOString(): string } | null) => (value ? value.toISOString() : null),
};
