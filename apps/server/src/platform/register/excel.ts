import type { RegisterSpec } from '@fazhi/core';
import type { Row } from './define.js';

function cellValue(spec: RegisterSpec['fields'][number], row: Row): string | number {
  const v = row[spec.name];
  if (v == null) return '';
  switch (spec.kind) {
    case 'code':
      return spec.codes?.label(String(v)) ?? String(v);
    case 'boolean':
      return v ? '是' : '否';
    case 'orgUnit':
      return String(row.orgUnitName ?? v);
    case 'integer':
      return Number(v);
    case 'dateTime':
      return v instanceof Date ? v.toISOString() : String(v);
    default:
      return String(v);
  }
}

/** One sheet: every field of the register in spec order, codes as their Chinese labels. */
export async function registerWorkbook(spec: RegisterSpec, rows: Row[]): Promise<Buffer> {
  // Loaded on the first export: exceljs costs ~20 MB of memory that most processes never use.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治政府建设综合管理平台';
  const ws = wb.addWorksheet(spec.title);
  ws.columns = spec.fields.map((f) => ({ header: f.label, key: f.name, width: Math.max(10, f.label.length * 2 + 4) }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) ws.addRow(Object.fromEntries(spec.fields.map((f) => [f.name, cellValue(f, row)])));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
