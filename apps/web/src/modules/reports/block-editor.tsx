import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, FunctionOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { blockKinds, numberHeadings, placeholdersIn, statutoryItems } from '@fazhi/core/reports';
import { Button, Card, Flex, Form, Input, Popconfirm, Select, Tag, Tooltip, Typography, type FormInstance } from 'antd';
import { useMemo, useRef, useState, type FocusEvent, type SyntheticEvent } from 'react';
import type { IndicatorDef } from '../../platform/indicators/api';
import { messages as common } from '../../platform/messages';
import { IndicatorPicker } from './indicator-picker';
import { figureLabeller } from './figure-labels';
import { messages } from './messages';
import type { Block } from './types';
import './reports.css';

const t = messages.editor;

type Field = 'title' | 'text';
type TextInput = HTMLInputElement | HTMLTextAreaElement;
/** Where the caret was last: the block (by key, stable across moves), which of its inputs, and the element. */
type Cursor = { key: string; field: Field; el: TextInput };

const kindOptions = blockKinds.items.map((i) => ({ value: i.code, label: i.label }));
const itemOptions = statutoryItems.items.map((i) => ({ value: i.code, label: i.label }));

/** A fresh, unique block key ([a-z0-9-], as the schema wants). */
function newKey(existing: Block[]): string {
  const taken = new Set(existing.map((b) => b.key));
  for (;;) {
    const key = `b-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    if (!taken.has(key)) return key;
  }
}

export function newBlock(kind: Block['kind'], existing: Block[]): Block {
  return { key: newKey(existing), kind, title: '', text: '' };
}

/** A block as the form holds it → as the contract wants it (empty strings, no null statutory item). */
export function cleanBlocks(blocks: unknown): Block[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as Partial<Block>[]).map((b) => ({
    key: String(b.key ?? ''),
    kind: b.kind ?? 'paragraph',
    title: b.title ?? '',
    text: b.text ?? '',
    ...(b.item ? { item: b.item } : {}),
  }));
}

/**
 * How a block is named in lists (材料 panel, picker target): a heading by its number and title, a paragraph by its
 * position and lead sentence (or the start of its text).
 */
export function blockLabel(block: Pick<Block, 'title' | 'text' | 'key'>, index: number, number = ''): string {
  const head = block.title || (block.text.length > 24 ? `${block.text.slice(0, 24)}…` : block.text);
  return `${number || `¶${index + 1} `}${head || block.key}`;
}

type CardProps = {
  form: FormInstance;
  name: number;
  index: number;
  count: number;
  number: string;
  disabled: boolean;
  labelOf: (name: string) => string | undefined;
  onCursor: (name: number, field: Field, el: TextInput) => void;
  onInsert: (name: number) => void;
  onAddBelow: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onAssign?: (name: number) => void;
};

/** The figures a block names: known ones by their label, unknown ones in red (saving would be refused). */
function PlaceholderTags({ names, labelOf }: { names: string[]; labelOf: (name: string) => string | undefined }) {
  if (names.length === 0) return null;
  return (
    <Flex wrap gap={4} align="center" style={{ marginTop: -12, marginBottom: 4 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.figures}
      </Typography.Text>
      {names.map((n) => {
        const label = labelOf(n);
        return label ? (
          <Tag key={n} color="blue" style={{ marginInlineEnd: 0 }}>
            {label}
          </Tag>
        ) : (
          <Tag key={n} color="red" style={{ marginInlineEnd: 0 }}>
            {t.unknown(n)}
          </Tag>
        );
      })}
    </Flex>
  );
}

function BlockCard({ form, name, index, count, number, disabled, labelOf, onCursor, onInsert, onAddBelow, onMove, onRemove, onAssign }: CardProps) {
  const kind = (Form.useWatch(['blocks', name, 'kind'], form) as Block['kind'] | undefined) ?? 'paragraph';
  const title = (Form.useWatch(['blocks', name, 'title'], form) as string | undefined) ?? '';
  const text = (Form.useWatch(['blocks', name, 'text'], form) as string | undefined) ?? '';
  const heading = kind !== 'paragraph';
  const names = useMemo(() => placeholdersIn(`${title}\n${text}`), [title, text]);
  const track = (field: Field) => ({
    onFocus: (e: FocusEvent<TextInput>) => onCursor(name, field, e.target),
    onSelect: (e: SyntheticEvent<TextInput>) => onCursor(name, field, e.currentTarget),
  });

  return (
    <Card size="small" className={`block-card block-${kind}`} styles={{ body: { paddingBottom: 4 } }}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <span className={number ? 'block-number' : 'block-number block-position'} title={`第${index + 1}段`}>
          {number || `¶${index + 1}`}
        </span>
        <Form.Item name={[name, 'kind']} noStyle>
          <Select aria-label={t.kind} options={kindOptions} style={{ width: 160 }} />
        </Form.Item>
        {/* A statutory item may be a whole section or one paragraph (问题和不足, 工作安排 as the model writes them). */}
        <Form.Item name={[name, 'item']} noStyle>
          <Select aria-label={t.item} placeholder={t.item} title={t.itemHint} allowClear options={itemOptions} style={{ width: 220, maxWidth: '100%' }} popupMatchSelectWidth={false} />
        </Form.Item>
        {!disabled && (
          <Flex gap={2} wrap style={{ marginInlineStart: 'auto' }}>
            <Button size="small" icon={<FunctionOutlined />} onClick={() => onInsert(name)}>
              {t.insert}
            </Button>
            {onAssign && (
              <Tooltip title={t.assign}>
                <Button size="small" type="text" aria-label={t.assign} icon={<SendOutlined />} onClick={() => onAssign(name)} />
              </Tooltip>
            )}
            <Tooltip title={t.moveUp}>
              <Button size="small" type="text" aria-label={t.moveUp} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(index, index - 1)} />
            </Tooltip>
            <Tooltip title={t.moveDown}>
              <Button size="small" type="text" aria-label={t.moveDown} icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(index, index + 1)} />
            </Tooltip>
            <Tooltip title={t.addBelow}>
              <Button size="small" type="text" aria-label={t.addBelow} icon={<PlusOutlined />} onClick={() => onAddBelow(index)} />
            </Tooltip>
            <Popconfirm title={t.removeConfirm} okText={t.remove} cancelText={common.cancel} onConfirm={() => onRemove(index)}>
              <Tooltip title={t.remove}>
                <Button size="small" type="text" danger aria-label={t.remove} icon={<DeleteOutlined />} disabled={count <= 1} />
              </Tooltip>
            </Popconfirm>
          </Flex>
        )}
      </Flex>
      <Form.Item name={[name, 'title']} style={{ marginBottom: 8 }}>
        {/* A text area that grows, so a long heading stays readable on a phone; Enter adds no line break. */}
        <Input.TextArea
          className="block-title"
          placeholder={heading ? t.headingTitle : t.leadTitle}
          aria-label={heading ? t.headingTitle : t.leadTitle}
          maxLength={200}
          autoSize={{ minRows: 1, maxRows: 4 }}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          {...track('title')}
        />
      </Form.Item>
      <Form.Item name={[name, 'text']}>
        <Input.TextArea className="block-text" placeholder={heading ? t.headingText : t.textPlaceholder} aria-label={t.text} autoSize={{ minRows: heading ? 1 : 3, maxRows: 18 }} {...track('text')} />
      </Form.Item>
      <PlaceholderTags names={names} labelOf={labelOf} />
    </Card>
  );
}

type Props = {
  form: FormInstance;
  disabled: boolean;
  catalogue: IndicatorDef[];
  /** Programmatic edits (insert, add, move, remove) do not fire the form's onValuesChange. */
  onEdited: () => void;
  /** 请单位报送 on a block (report pages only). */
  onAssign?: (blockKey: string) => void;
};

/**
 * The outline as an ordered list of blocks inside a parent form (field `blocks`): kind, statutory item, title and
 * text, with headings numbered 一、/（一） as they will print; figures go in through the indicator picker.
 */
export function BlockEditor({ form, disabled, catalogue, onEdited, onAssign }: Props) {
  // Only the kinds decide the numbering; watching them alone keeps typing from re-rendering every block.
  const kinds = Form.useWatch((values: { blocks?: Partial<Block>[] }) => (values.blocks ?? []).map((b) => b.kind ?? 'paragraph').join(','), form) ?? '';
  const numbers = useMemo(() => numberHeadings(kinds ? kinds.split(',').map((k) => ({ kind: k as Block['kind'] })) : []), [kinds]);
  const labelOf = useMemo(() => figureLabeller(catalogue), [catalogue]);
  const cursor = useRef<Cursor | undefined>(undefined);
  const [picking, setPicking] = useState<string>();

  const blocks = () => cleanBlocks(form.getFieldValue('blocks'));
  const keyAt = (name: number) => blocks()[name]?.key ?? '';

  const pickerTarget = () => {
    const list = blocks();
    const index = list.findIndex((b) => b.key === picking);
    if (index < 0) return '';
    const at = cursor.current;
    const field = at && at.key === picking ? at.field : 'text';
    return `「${blockLabel(list[index]!, index, numbers[index])}」${field === 'title' ? messages.editor.headingTitle : messages.editor.text}`;
  };

  const insert = (id: string) => {
    const list = blocks();
    const index = list.findIndex((b) => b.key === picking);
    setPicking(undefined);
    if (index < 0) return;
    const at = cursor.current?.key === picking ? cursor.current : undefined;
    const field: Field = at?.field ?? 'text';
    const current = list[index]![field];
    const start = at?.el.selectionStart ?? current.length;
    const end = at?.el.selectionEnd ?? start;
    const token = `{${id}}`;
    form.setFieldValue(['blocks', index, field], current.slice(0, start) + token + current.slice(end));
    onEdited();
    const el = at?.el;
    if (el)
      window.setTimeout(() => {
        el.focus();
        el.setSelectionRange(start + token.length, start + token.length);
      }, 50);
  };

  return (
    <>
      <Form.List name="blocks">
        {(fields, { add, remove, move }) => (
          <Flex vertical gap={12}>
            {fields.map((field, index) => (
              <BlockCard
                key={field.key}
                form={form}
                name={field.name}
                index={index}
                count={fields.length}
                number={numbers[index] ?? ''}
                disabled={disabled}
                labelOf={labelOf}
                onCursor={(name, f, el) => {
                  cursor.current = { key: keyAt(name), field: f, el };
                }}
                onInsert={(name) => setPicking(keyAt(name))}
                onAddBelow={(i) => {
                  add(newBlock('paragraph', blocks()), i + 1);
                  onEdited();
                }}
                onMove={(from, to) => {
                  move(from, to);
                  onEdited();
                }}
                onRemove={(i) => {
                  if (cursor.current?.key === keyAt(i)) cursor.current = undefined;
                  remove(i);
                  onEdited();
                }}
                onAssign={onAssign && ((name) => onAssign(keyAt(name)))}
              />
            ))}
            {!disabled && (
              <Flex gap={8} wrap>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => {
                    add(newBlock('paragraph', blocks()));
                    onEdited();
                  }}
                >
                  {t.addParagraph}
                </Button>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => {
                    add(newBlock('heading1', blocks()));
                    onEdited();
                  }}
                >
                  {t.addHeading}
                </Button>
                <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
                  {t.blockCount(fields.length)}
                </Typography.Text>
              </Flex>
            )}
          </Flex>
        )}
      </Form.List>
      <IndicatorPicker open={picking !== undefined} target={picking ? pickerTarget() : ''} catalogue={catalogue} onPick={insert} onClose={() => setPicking(undefined)} />
    </>
  );
}
