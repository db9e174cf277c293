import type { FieldSpec, ImportIssue, ImportPreview } from '@fazhi/core';
import { getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../access/actor.js';
import { assertCan, can, scopeCondition, unitPathInScope } from '../access/policy.js';
import { AppError } from '../http/errors.js';
import type { Services } from '../http/types.js';
import type { RegisterDef, Row } from './define.js';
import { sheetColumns, unneutralise, type SheetColumn } from './excel.js';
import { finishJob, reportProgress, saveProgress } from './jobs.js';
import { applyUpdate, flushBatch, insertRecords, type WriteBatch } from './service.js';
import { loadUnitNames, type UnitNames } from './unit-names.js';
import { refuseFile, type Cell } from './xlsx-read.js';

/** One problem of the preview: the sheet's row number (as Excel shows it), the column's header and what is wrong. */
export type PlannedRow = { row: number; op: 'create' | 'update'; id?: string; input: Record<string, unknown> };

const shownIssues = 5000;
const dryRunChunk = 500;
const insertGroup = 100;

function takeWhile<T>(items: T[], from: number, ok: (item: T) => boolean, max: number): T[] {
  let end = from;
  while (end < items.length && end - from < max && ok(items[end]!)) end++;
  return items.slice(from, end);
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
function serialToDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400_000)).toISOString().slice(0, 10);
}

function dateText(text: string): string {
  const m = text.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

type Converted = { value: unknown } | { message: string };

function convert(field: FieldSpec, cell: Cell, units: UnitNames): Converted {
  const text = typeof cell === 'string' ? unneutralise(cell.trim()) : cell == null ? '' : String(cell);
  switch (field.kind) {
    case 'code': {
      const item = field.codes?.items.find((i) => i.label === text || i.code === text);
      return item ? { value: item.code } : { message: `「${text}」不是有效的${field.label}，可选：${field.codes?.items.map((i) => i.label).join('、')}` };
    }
    case 'boolean':
      if (cell === true || ['是', 'true', '1'].includes(text)) return { value: true };
      if (cell === false || ['否', 'false', '0'].includes(text)) return { value: false };
      return { message: `${field.label}应填“是”或“否”` };
    case 'integer':
      // The contract says whether a fraction is allowed (时长 may be 1.5).
      return text !== '' && Number.isFinite(Number(text)) ? { value: Number(text) } : { message: `${field.label}应为数字` };
    case 'date':
      return { value: typeof cell === 'number' ? serialToDate(cell) : dateText(text) };
    case 'orgUnit': {
      const id = units.idOf(text);
      if (id) return { value: id };
      return { message: units.isAmbiguous(text) ? `有多个单位名为「${text}」，请写作“上级单位/${text}”` : `单位「${text}」不存在` };
    }
    default:
      return { value: text };
  }
}

const isEmpty = (cell: Cell | undefined) => cell == null || (typeof cell === 'string' && cell.trim() === '');
const shapeOf = (schema: z.ZodObject) => schema.shape as Record<string, z.ZodType>;

/** Columns by position: refuses a sheet whose header is not this register's (the wrong sheet or another register's). */
export function mapHeader(def: RegisterDef, sheet: string, header: Cell[]): (SheetColumn | undefined)[] {
  const columns = sheetColumns(def);
  const byLabel = new Map(columns.map((c) => [c.label, c]));
  const mapped = header.map((h) => (typeof h === 'string' ? byLabel.get(h.trim()) : undefined));
  const present = new Set(mapped.filter(Boolean).map((c) => c!.label));
  const keyLabels = def.naturalKey.map((k) => columns.find((c) => c.kind === 'field' && c.field.name === k)?.label ?? k);
  const missing = keyLabels.filter((l) => !present.has(l));
  if (missing.length) refuseFile(`工作表「${sheet}」不是「${def.spec.title}」的导入模板：缺少列「${missing.join('」「')}」，请下载导入模板填写`);
  return mapped;
}

type ParsedRow = { row: number; input: Record<string, unknown>; key: string; version?: number; extraText: Map<number, string>; labels: Map<string, string>; issues: ImportIssue[] };

/** Cells → input named by the contract; empty cells are left out (create) or cleared where the contract allows. */
function parseRow(def: RegisterDef, columns: (SheetColumn | undefined)[], cells: Cell[], rowNumber: number, units: UnitNames): ParsedRow {
  const issues: ImportIssue[] = [];
  const input: Record<string, unknown> = {};
  const labels = new Map<string, string>();
  const extraText = new Map<number, string>();
  let version: number | undefined;
  const create = shapeOf(def.spec.createSchema);
  const update = shapeOf(def.spec.updateSchema);
  columns.forEach((c, i) => {
    if (!c) return;
    const cell = cells[i] ?? null;
    if (c.kind === 'version') {
      if (!isEmpty(cell)) version = Number(cell);
      return;
    }
    if (c.kind === 'extra') {
      const text = isEmpty(cell) ? '' : unneutralise(String(cell).trim());
      extraText.set(c.index, text);
      if (!text) return;
      const got = def.extraColumns![c.index]!.imported(text, units.idOf);
      if ('message' in got) issues.push({ row: rowNumber, column: c.label, message: got.message });
      else
        for (const [k, v] of Object.entries(got.input)) {
          input[k] = v;
          labels.set(k, c.label);
        }
      return;
    }
    const { field } = c;
    // Computed and workflow-owned columns are the export's, not input: a sheet cannot skip a statutory step.
    if (!(field.name in create) && !(field.name in update)) return;
    labels.set(field.name, c.label);
    if (isEmpty(cell)) {
      const schema = update[field.name];
      if (schema?.safeParse(null).success) input[field.name] = null;
      return;
    }
    const got = convert(field, cell, units);
    if ('message' in got) issues.push({ row: rowNumber, column: c.label, message: got.message });
    else input[field.name] = got.value;
  });
  const key = JSON.stringify(def.naturalKey.map((k) => input[k] ?? null));
  return { row: rowNumber, input, key, version, extraText, labels, issues };
}

function changed(def: RegisterDef, before: Row, parsed: ParsedRow): boolean {
  for (const [name, value] of Object.entries(parsed.input)) {
    if (def.spec.fields.some((f) => f.name === name) && String(before[name] ?? '') !== String(value ?? '')) return true;
  }
  for (const [index, text] of parsed.extraText) if (def.extraColumns![index]!.exported(before) !== text) return true;
  return false;
}

/** Records by natural key, with whether the actor may change each (the policy's predicate, evaluated per row). */
async function existingByKey(services: Services, actor: Actor, def: RegisterDef) {
  const columns = getTableColumns(def.table) as Record<string, never>;
  const keyColumns = Object.fromEntries(def.naturalKey.map((k) => [k, columns[k]!]));
  const rows = await services.db
    .select({ id: def.table.id, version: def.table.version, ...keyColumns, mayUpdate: sql<boolean>`(${scopeCondition(actor, def.spec.module, 'update', def.table, def.spec.entity)})` })
    .from(def.table)
    .where(isNull(def.table.deletedAt));
  const byKey = new Map<string, { id: string; version: number; mayUpdate: boolean } | 'ambiguous'>();
  for (const r of rows) {
    const key = JSON.stringify(def.naturalKey.map((k) => (r as Record<string, unknown>)[k] ?? null));
    byKey.set(key, byKey.has(key) ? 'ambiguous' : (r as { id: string; version: number; mayUpdate: boolean }));
  }
  return byKey;
}

async function fullRows(services: Services, def: RegisterDef, ids: string[]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = (await services.db
      .select()
      .from(def.table)
      .where(inArray(def.table.id, ids.slice(i, i + 1000)))) as Row[];
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

const issueOf = (row: number, labels: Map<string, string>, path: string, message: string): ImportIssue => ({
  row,
  column: labels.get(path.split('.')[0] ?? '') ?? (path || '整行'),
  message,
});

class RollBack extends Error {}

/**
 * Validates every row against the contract, the access policy and the register's own checks (by writing it in a
 * transaction that is rolled back), and keeps the rows that passed as the plan for the commit.
 */
export async function previewImport(services: Services, actor: Actor, def: RegisterDef, jobId: string, sheet: string, rows: Cell[][]) {
  const { module } = def.spec;
  const columns = mapHeader(def, sheet, rows[0] ?? []);
  const units = await loadUnitNames(services.db);
  const existing = await existingByKey(services, actor, def);
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  const parsed: ParsedRow[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.every(isEmpty)) return;
    parsed.push(parseRow(def, columns, cells, i + 2, units));
  });
  const before = await fullRows(
    services,
    def,
    parsed.flatMap((p) => {
      const m = existing.get(p.key);
      return m && m !== 'ambiguous' ? [m.id] : [];
    }),
  );
  const candidates: (PlannedRow & { labels: Map<string, string> })[] = [];
  let unchanged = 0;
  const bad = new Set<number>();
  const keyLabels = (p: ParsedRow) => def.naturalKey.map((k) => p.labels.get(k) ?? k).join('、');
  for (const p of parsed) {
    const found = existing.get(p.key);
    const match = found === 'ambiguous' ? undefined : found;
    const onFile = match && before.get(match.id);
    // Child rows whose column did not change stay as they are (a plaintiff's ID number is not in the sheet).
    for (const [index, text] of onFile ? p.extraText : []) {
      const column = def.extraColumns![index]!;
      if (column.exported(onFile!) !== text) continue;
      for (const [name, label] of p.labels) if (label === column.label) delete p.input[name];
      p.issues = p.issues.filter((i) => i.column !== column.label);
    }
    const problems: ImportIssue[] = [...p.issues];
    const reported = new Set(p.issues.map((i) => i.column));
    const problem = (path: string, message: string) => {
      const issue = issueOf(p.row, p.labels, path, message);
      // A cell already reported as unreadable is not reported again by the contract.
      if (!reported.has(issue.column)) problems.push(issue);
    };
    const first = seen.get(p.key);
    if (first) problem(def.naturalKey[0], `与第${first}行重复（${keyLabels(p)}相同）`);
    else seen.set(p.key, p.row);
    const unitPath = typeof p.input.orgUnitId === 'string' ? units.pathOf(p.input.orgUnitId) : undefined;
    if (found === 'ambiguous') {
      problem(def.naturalKey[0], `库中有多条记录的${keyLabels(p)}与此行相同，无法确定更新哪一条，请在系统中修改`);
    } else if (!match) {
      if (!can(actor, module, 'create', def.spec.entity) || (unitPath && !unitPathInScope(actor, module, 'create', unitPath, def.spec.entity)))
        problem('orgUnitId', '无权在该单位下登记记录（超出您的数据范围）');
      const result = def.spec.createSchema.safeParse(p.input);
      if (!result.success) for (const e of result.error.issues) problem(e.path.join('.'), e.message);
      else if (!problems.length) candidates.push({ row: p.row, op: 'create', input: result.data as Record<string, unknown>, labels: p.labels });
    } else if (!problems.length && !changed(def, onFile!, p)) {
      unchanged++;
    } else if (!match.mayUpdate || !can(actor, module, 'update', def.spec.entity) || (unitPath && !unitPathInScope(actor, module, 'update', unitPath, def.spec.entity))) {
      problem('orgUnitId', '该记录已存在，但您无权修改（超出您的数据范围）');
    } else if (p.version !== match.version) {
      problems.push({ row: p.row, column: '版本', message: `该记录已存在且表中内容不同：库中版本为${match.version}，表中${p.version ? `为${p.version}` : '未填'}；请先导出最新数据再修改导入` });
    } else {
      const result = def.spec.updateSchema.safeParse({ ...p.input, version: p.version });
      if (!result.success) for (const e of result.error.issues) problem(e.path.join('.'), e.message);
      else if (!problems.length) candidates.push({ row: p.row, op: 'update', id: match.id, input: result.data as Record<string, unknown>, labels: p.labels });
    }
    issues.push(...problems);
    if (problems.length) bad.add(p.row);
  }
  const plan = await dryRun(
    services,
    actor,
    def,
    jobId,
    candidates.filter((c) => !bad.has(c.row)),
    issues,
    bad,
  );
  issues.sort((a, b) => a.row - b.row);
  const preview: ImportPreview = {
    sheet,
    rows: parsed.length,
    creates: plan.filter((p) => p.op === 'create').length,
    updates: plan.filter((p) => p.op === 'update').length,
    unchanged,
    invalid: bad.size,
    issueCount: issues.length,
    issues: issues.slice(0, shownIssues),
  };
  await finishJob(services.db, jobId, { state: 'previewed', phase: '预览', done: parsed.length, total: parsed.length, plan, result: { preview } });
}

/**
 * The register's own checks (its `prepare`: the adviser's dates, the provider on file…) run on each row in a
 * transaction that is rolled back: they read, they never write, so a 10,000-row preview stays a few seconds.
 */
async function dryRun(services: Services, actor: Actor, def: RegisterDef, jobId: string, candidates: (PlannedRow & { labels: Map<string, string> })[], issues: ImportIssue[], bad: Set<number>) {
  const { prepare } = def;
  if (prepare) {
    for (let i = 0; i < candidates.length; i += dryRunChunk) {
      await services.db
        .transaction(async (tx) => {
          const before = await fullRows(
            { ...services, db: tx },
            def,
            candidates.slice(i, i + dryRunChunk).flatMap((c) => c.id ?? []),
          );
          for (const c of candidates.slice(i, i + dryRunChunk)) {
            try {
              const { version: _v, ...fields } = c.input;
              await prepare(c.op === 'create' ? c.input : fields, { tx, services, actor, before: c.id ? before.get(c.id) : undefined });
            } catch (e) {
              if (!(e instanceof AppError)) throw e;
              bad.add(c.row);
              const errors = e.errors?.length ? e.errors : [{ path: '', message: e.detail ?? e.message }];
              for (const err of errors) issues.push(issueOf(c.row, c.labels, err.path, err.message));
            }
          }
          throw new RollBack();
        })
        .catch((e: unknown) => {
          if (!(e instanceof RollBack)) throw e;
        });
      await saveProgress(services.db, jobId, { phase: '校验', done: Math.min(i + dryRunChunk, candidates.length), total: candidates.length });
    }
  }
  return candidates.filter((c) => !bad.has(c.row)).map(({ labels: _l, ...row }) => row);
}

/** Writes the planned rows in one transaction with one audit entry per record and one for the import; all or nothing. */
export async function commitImport(services: Services, actor: Actor, def: RegisterDef, jobId: string, plan: PlannedRow[], fileName: string) {
  assertCan(actor, def.spec.module, 'create', def.spec.entity);
  await services.db.transaction(async (tx) => {
    const ctx = { tx, services, actor };
    const batch: WriteBatch = { audits: [], searchIds: [] };
    let done = 0;
    // Consecutive new records go in one INSERT each hundred; an update is written on its own at its version.
    for (let i = 0; i < plan.length; ) {
      const group = plan[i]!.op === 'create' ? takeWhile(plan, i, (r) => r.op === 'create', insertGroup) : [plan[i]!];
      try {
        if (group[0]!.op === 'create')
          await insertRecords(
            ctx,
            def,
            group.map((r) => r.input),
            batch,
          );
        else await applyUpdate(ctx, def, group[0]!.id!, group[0]!.input as Record<string, unknown> & { version: number }, batch);
      } catch (e) {
        // The data changed since the preview (a version moved, a unit was removed): nothing of the import stays.
        const rows = group.length > 1 ? `第${group[0]!.row}至${group.at(-1)!.row}行` : `第${group[0]!.row}行`;
        if (e instanceof AppError) throw new AppError(e.code === 'staleVersion' ? 'staleVersion' : 'validation', `${rows}：${e.detail ?? e.message}。预览后数据已变化，请重新上传`, e.errors);
        throw e;
      }
      i += group.length;
      done += group.length;
      reportProgress(jobId, { phase: '写入', done, total: plan.length });
    }
    reportProgress(jobId, { phase: '记录审计', done, total: plan.length });
    const created = plan.filter((p) => p.op === 'create').length;
    await flushBatch(ctx, def, batch, { action: 'import', entityType: def.spec.entity, summary: `导入${fileName}：新增${created}条，更新${plan.length - created}条` });
  });
  await finishJob(services.db, jobId, { state: 'done', phase: '完成', done: plan.length, total: plan.length, plan: null });
}
