import type { FieldSpec } from '@fazhi/core';
import type { RegisterDef, Row } from './define.js';

/** One column of a register's sheet: a spec field, an extra column, or the version an update must name. */
export type SheetColumn = { kind: 'field'; label: string; field: FieldSpec } | { kind: 'extra'; label: string; index: number } | { kind: 'version'; label: string };

export const versionLabel = '版本';

/** Export, template and import share this layout: the spec's fields, the extra columns, then the version. */
export function sheetColumns(def: RegisterDef): SheetColumn[] {
  return [
    // A reference travels as the record's id, under a header of its own beside the name column (帮教对象 → 帮教对象编号).
    ...def.spec.fields.map((field) => ({ kind: 'field' as const, label: field.kind === 'ref' ? `${field.label}编号` : field.label, field })),
    ...(def.extraColumns ?? []).map((c, index) => ({ kind: 'extra' as const, label: c.label, index })),
    { kind: 'version' as const, label: versionLabel },
  ];
}

/**
 * Text that a spreadsheet program would run as a formula (= + - @, and tab/CR that some strip first) is written
 * with a leading apostrophe; the import takes it off again, so a round trip keeps the text.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function fieldValue(spec: FieldSpec, row: Row, unitLabel: (id: string) => string): string | number {
  const v = row[spec.name];
  if (v == null) return '';
  switch (spec.kind) {
    case 'code':
      return spec.codes?.label(String(v)) ?? String(v);
    case 'boolean':
      return v ? '是' : '否';
    case 'orgUnit':
      return unitLabel(String(v));
    case 'integer':
      return Number(v);
    case 'dateTime':
      return v instanceof Date ? v.toISOString() : String(v);
    default:
      return neutralise(String(v));
  }
}

function cellOf(def: RegisterDef, column: SheetColumn, row: Row, unitLabel: (id: string) => string): string | number {
  if (column.kind === 'field') return fieldValue(column.field, row, unitLabel);
  if (column.kind === 'extra') return neutralise(def.extraColumns![column.index]!.exported(row));
  return row.version;
}

async function workbookOf(def: RegisterDef) {
  // Loaded on the first export: exceljs costs ~20 MB of memory that most processes never use.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治政府建设综合管理平台';
  const ws = wb.addWorksheet(def.spec.title);
  ws.columns = sheetColumns(def).map((c) => ({ header: c.label, width: Math.max(10, c.label.length * 2 + 4) }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return { wb, ws };
}

/** One sheet: every field of the register in spec order, codes as their Chinese labels, units as `unitLabel` names them. */
export async function registerWorkbook(def: RegisterDef, rows: Row[], unitLabel: (id: string) => string, onRow?: (done: number) => void): Promise<Buffer> {
  const { wb, ws } = await workbookOf(def);
  const columns = sheetColumns(def);
  rows.forEach((row, i) => {
    ws.addRow(columns.map((c) => cellOf(def, c, row, unitLabel)));
    if (i % 1000 === 999) onRow?.(i + 1);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The export's layout without rows, for filling in: code, yes/no and unit columns offer their values as a
 * drop-down (a list on a hidden sheet, since Excel caps an inline list at 255 characters).
 */
export async function templateWorkbook(def: RegisterDef, unitNames: string[], rows = 1000): Promise<Buffer> {
  const { wb, ws } = await workbookOf(def);
  const lists = wb.addWorksheet('选项', { state: 'veryHidden' });
  let listColumn = 0;
  sheetColumns(def).forEach((c, i) => {
    if (c.kind !== 'field') return;
    const values = c.field.kind === 'code' ? (c.field.codes?.items.map((it) => it.label) ?? []) : c.field.kind === 'boolean' ? ['是', '否'] : c.field.kind === 'orgUnit' ? unitNames : [];
    if (!values.length) return;
    listColumn++;
    values.forEach((v, r) => {
      lists.getCell(r + 1, listColumn).value = v;
    });
    const letter = lists.getColumn(listColumn).letter;
    const target = ws.getColumn(i + 1).letter;
    for (let r = 2; r <= rows + 1; r++) {
      ws.getCell(`${target}${r}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`'选项'!$${letter}$1:$${letter}$${values.length}`],
        showErrorMessage: true,
        errorTitle: '请从下拉列表中选择',
        error: `请选择有效的${c.label}`,
      };
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
