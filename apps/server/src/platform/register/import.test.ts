import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { count, eq } from 'drizzle-orm';
import { startHarness, type Harness } from '../../../test/harness.js';
import { auditLog } from '../audit/tables.js';
import { litigationCases, litigationHearings, litigationPlaintiffs } from '../../modules/litigation/tables.js';

type Client = Awaited<ReturnType<Harness['login']>>;
type Sheet = (string | number | null | { formula: string })[][];

export function uploadFile(c: Client, url: string, content: Buffer, filename = '导入.xlsx') {
  const boundary = 'importBoundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.raw('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

async function workbook(rows: Sheet, name = '行政诉讼案件'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function sheetOf(body: Buffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  return wb.worksheets[0]!;
}

/** Polls a job until it leaves `running`, as the web does. */
export async function settle(c: Client, path: string, job: { id: string }) {
  for (let i = 0; i < 600; i++) {
    const res = await c.get(`/api/${path}/jobs/${job.id}`);
    if (res.body.state !== 'running') return res.body;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('job did not finish');
}

const casesPath = 'litigation/cases';
const header = ['案号', '受理法院', '审级', '被告单位', '案由', '争议领域', '收到起诉状副本日期', '原告'];
const goodRow = (n: number, unit = '区自然资源和规划局') => [
  `（2026）鲁0899行初${n}号`,
  '示范市任城区人民法院',
  '一审',
  unit,
  '不服行政处罚决定',
  '征地拆迁',
  '2026-09-20',
  `原告${n}、某某建材有限公司`,
];

describe('Excel import on a register', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  const cases = async () => (await h.db.select({ n: count() }).from(litigationCases))[0]!.n;
  const audits = async () => (await h.db.select({ n: count() }).from(auditLog))[0]!.n;
  const preview = async (c: Client, file: Buffer) => {
    const res = await uploadFile(c, `/api/${casesPath}/imports`, file);
    assert.equal(res.status, 202, JSON.stringify(res.body));
    return settle(c, casesPath, res.body);
  };
  const commit = async (c: Client, job: { id: string }, mode: string) => {
    const res = await c.post(`/api/${casesPath}/imports/${job.id}/commit`, { mode });
    return res.status === 202 ? settle(c, casesPath, res.body) : res;
  };

  before(async () => {
    h = await startHarness();
    fzb = await h.login('fzb');
    zrzy = await h.login('zrzy');
  });
  after(() => h.close());

  it('offers a template in the export layout with Chinese headers and drop-downs for code columns', async () => {
    const res = await fzb.get(`/api/${casesPath}/import-template.xlsx`);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.getWorksheet('行政诉讼案件')!;
    const labels = (ws.getRow(1).values as string[]).slice(1);
    const exported = await sheetOf((await fzb.get(`/api/${casesPath}/export.xlsx`)).body);
    assert.deepEqual(labels, (exported.getRow(1).values as string[]).slice(1));
    assert.deepEqual(labels.slice(0, 3), ['案号', '受理法院', '审级']);
    const instance = ws.getCell(2, 3).dataValidation;
    assert.equal(instance.type, 'list');
    const lists = wb.getWorksheet('选项')!;
    const [, col, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(String(instance.formulae[0]))!;
    const options = Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => lists.getCell(`${col}${Number(from) + i}`).value);
    assert.ok(options.includes('一审') && options.includes('二审'), `options: ${options.join(',')}`);
  });

  it('previews every problem at once (row, column, Chinese message) and writes nothing', async () => {
    const [n, a] = [await cases(), await audits()];
    const job = await preview(fzb, await workbook([header, goodRow(7001), ['', '示范市任城区人民法院', '三审', '不存在的局', '案由', '征地拆迁', '2026-13-45', '原告'], goodRow(7001)]));
    assert.equal(job.state, 'previewed');
    const { preview: p } = job.result;
    assert.equal(p.rows, 3);
    assert.equal(p.creates, 1);
    assert.equal(p.invalid, 2);
    const at = (row: number, column: string) => p.issues.find((i: { row: number; column: string }) => i.row === row && i.column === column)?.message;
    assert.match(at(3, '审级'), /不是有效的审级/);
    assert.match(at(3, '被告单位'), /不存在/);
    assert.match(at(3, '案号'), /./);
    assert.match(at(3, '收到起诉状副本日期'), /日期/);
    assert.match(at(4, '案号'), /与第2行重复/);
    // An empty row in between is skipped, and the rows after it keep the numbers Excel shows.
    const gap = await preview(fzb, await workbook([header, goodRow(7002), [], ['（2026）鲁0899行初7003号', '', '一审', '区自然资源和规划局', '案由', '征地拆迁', '2026-09-20', '原告']]));
    assert.deepEqual(
      gap.result.preview.issues.map((i: { row: number; column: string }) => [i.row, i.column]),
      [[4, '受理法院']],
    );
    assert.equal(await cases(), n, 'a preview writes no record');
    assert.equal(await audits(), a, 'nor an audit entry');
  });

  it('commits the valid rows only, in one audited transaction, or refuses "all" while rows are wrong', async () => {
    const job = await preview(fzb, await workbook([header, goodRow(7101), goodRow(7102), ['（2026）鲁0899行初7103号', '', '一审', '区自然资源和规划局', '案由', '征地拆迁', '2026-09-20', '原告']]));
    assert.equal(job.result.preview.invalid, 1);
    const refused = await commit(fzb, job, 'all');
    assert.equal(refused.status, 409);
    assert.match(refused.body.detail, /有1行存在问题/);
    const n = await cases();
    const done = await commit(fzb, job, 'valid');
    assert.equal(done.state, 'done');
    assert.equal(await cases(), n + 2);
    const [row] = await h.db.select().from(litigationCases).where(eq(litigationCases.caseNumber, '（2026）鲁0899行初7101号'));
    assert.equal(row!.plaintiffNames, '原告7101、某某建材有限公司');
    assert.equal(row!.defenceDueOn, '2026-10-08', 'computed fields are derived as on a form entry');
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityType, 'litigation.case'));
    assert.ok(entries.some((e) => e.action === 'create' && e.entityId === row!.id));
    assert.ok(entries.some((e) => e.action === 'import' && /新增2条/.test(e.summary ?? '')));
    assert.equal((await commit(fzb, job, 'valid')).status, 409, 'a second click writes nothing twice');
  });

  it('writes everything with "all" when every row is valid, and nothing with "none"', async () => {
    const n = await cases();
    const dropped = await preview(fzb, await workbook([header, goodRow(7201)]));
    assert.equal((await commit(fzb, dropped, 'none')).state, 'cancelled');
    assert.equal(await cases(), n);
    const job = await preview(fzb, await workbook([header, goodRow(7202), goodRow(7203)]));
    assert.equal((await commit(fzb, job, 'all')).state, 'done');
    assert.equal(await cases(), n + 2);
  });

  it('re-importing the same file adds nothing; a changed row updates only at the version the sheet names', async () => {
    const file = await workbook([header, goodRow(7301)]);
    await commit(fzb, await preview(fzb, file), 'valid');
    const n = await cases();
    const again = await preview(fzb, file);
    assert.deepEqual([again.result.preview.creates, again.result.preview.updates, again.result.preview.unchanged], [0, 0, 1]);
    await commit(fzb, again, 'valid');
    assert.equal(await cases(), n);

    const changed = goodRow(7301);
    changed[4] = '不服行政强制措施';
    const stale = await preview(
      fzb,
      await workbook([
        [...header, '版本'],
        [...changed, 9],
      ]),
    );
    assert.match(stale.result.preview.issues[0].message, /库中版本为1/);
    const fresh = await preview(
      fzb,
      await workbook([
        [...header, '版本'],
        [...changed, 1],
      ]),
    );
    assert.equal(fresh.result.preview.updates, 1);
    await commit(fzb, fresh, 'valid');
    const [row] = await h.db.select().from(litigationCases).where(eq(litigationCases.caseNumber, '（2026）鲁0899行初7301号'));
    assert.equal(row!.cause, '不服行政强制措施');
    assert.equal(row!.version, 2);
    assert.equal(await cases(), n);
  });

  it("refuses rows outside the actor's scope, by the policy, in the preview", async () => {
    const job = await preview(zrzy, await workbook([header, goodRow(7401), goodRow(7402, '区住房和城乡建设局')]));
    const { preview: p } = job.result;
    assert.equal(p.creates, 1);
    assert.deepEqual(
      p.issues.map((i: { row: number; column: string }) => [i.row, i.column]),
      [[3, '被告单位']],
    );
    assert.match(p.issues[0].message, /超出您的数据范围/);
    const leader = await h.login('leader');
    const res = await uploadFile(leader, `/api/${casesPath}/imports`, await workbook([header, goodRow(7403)]));
    assert.equal(res.status, 403, 'no create grant, no import');
    assert.equal((await zrzy.get(`/api/${casesPath}/jobs/${job.id}`)).status, 200);
    assert.equal((await fzb.get(`/api/${casesPath}/jobs/${job.id}`)).status, 404, "a job is its owner's");
  });

  it('refuses hostile files with a Chinese problem and writes nothing', async () => {
    const [n, a] = [await cases(), await audits()];
    const refusal = async (file: Buffer, pattern: RegExp) => {
      const res = await uploadFile(fzb, `/api/${casesPath}/imports`, file);
      assert.equal(res.status, 400, JSON.stringify(res.body));
      assert.match(String(res.headers['content-type']), /problem\+json/);
      assert.match(res.body.detail, pattern);
      assert.equal(res.body.errors[0].path, 'file');
    };
    await refusal(Buffer.from('案号,受理法院\n1,2\n'), /不是Excel工作簿/);
    // 96 MB of blanks packs into ~100 kB: the 64 MB cap stops the inflation before it ends.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(96 * 1024 * 1024).fill(32) }, { level: 9 });
    await refusal(Buffer.from(bomb), /压缩炸弹/);
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(1_000_000)}</sheetData></worksheet>`;
    const million = zipSync(
      {
        'xl/workbook.xml': new TextEncoder().encode('<workbook><sheets><sheet name="行政诉讼案件" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': new TextEncoder().encode('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
        'xl/worksheets/sheet1.xml': new TextEncoder().encode(xml),
      },
      { level: 6 },
    );
    await refusal(Buffer.from(million), /超过50,000行/);
    await refusal(await workbook([header, [...goodRow(7501).slice(0, 4), { formula: 'HYPERLINK("http://x","点击")' }, ...goodRow(7501).slice(5)]]), /含公式/);
    await refusal(
      await workbook(
        [
          ['姓名', '证号'],
          ['张三', '1'],
        ],
        '公职律师',
      ),
      /不是「行政诉讼案件」的导入模板/,
    );
    assert.equal(await cases(), n);
    assert.equal(await audits(), a);
  });

  it('neutralises cells that a spreadsheet would run as a formula, and takes the mark off on import', async () => {
    const created = await fzb.post(`/api/${casesPath}`, {
      caseNumber: '（2026）鲁0899行初7601号',
      court: '示范市任城区人民法院',
      instance: 'first',
      orgUnitId: h.seeded.org.departments.get('区自然资源和规划局')!,
      cause: '=HYPERLINK("http://evil","点击")',
      disputeArea: 'landAcquisition',
      complaintReceivedOn: '2026-09-20',
      plaintiffs: [{ kind: 'person', name: '@张三' }],
    });
    assert.equal(created.status, 201);
    const ws = await sheetOf((await fzb.get(`/api/${casesPath}/export.xlsx?q=${encodeURIComponent('evil')}`)).body);
    const labels = ws.getRow(1).values as string[];
    assert.equal(ws.getRow(2).getCell(labels.indexOf('案由')).value, `'=HYPERLINK("http://evil","点击")`);
    assert.equal(ws.getRow(2).getCell(labels.indexOf('原告')).value, `'@张三`);
  });

  it('runs an export as a job with progress and hands over the file', async () => {
    const res = await fzb.post(`/api/${casesPath}/exports?f.orgUnitId=${h.seeded.org.departments.get('区自然资源和规划局')}`);
    assert.equal(res.status, 202);
    const job = await settle(fzb, casesPath, res.body);
    assert.equal(job.state, 'done');
    assert.equal(job.done, job.total);
    const file = await fzb.get(`/api/${casesPath}/jobs/${job.id}/file`);
    assert.equal(file.status, 200);
    assert.equal((await sheetOf(file.body)).rowCount - 1, job.total);
  });

  it('every register takes its own export back unchanged: its natural key finds each record once', async () => {
    const doc = await h.anonymous.get('/api/openapi.json');
    const paths = Object.keys(doc.body.paths).flatMap((p) => (p.endsWith('/import-template.xlsx') ? [p.slice('/api/'.length, -'/import-template.xlsx'.length)] : []));
    assert.ok(paths.length >= 13, paths.join(' '));
    // 社区矫正 is closed to the coordinator: the 司法局's 社区矫正 staff round-trip its registers.
    const sqjz = await h.login('sqjz');
    for (const path of paths) {
      const user = path.startsWith('correction/') ? sqjz : fzb;
      const exported = await user.get(`/api/${path}/export.xlsx`);
      assert.equal(exported.status, 200, path);
      const uploaded = await uploadFile(user, `/api/${path}/imports`, exported.body);
      assert.equal(uploaded.status, 202, `${path}: ${JSON.stringify(uploaded.body)}`);
      const { preview: p } = (await settle(user, path, uploaded.body)).result;
      assert.deepEqual([p.creates, p.updates, p.invalid], [0, 0, 0], `${path}: ${JSON.stringify(p.issues.slice(0, 3))}`);
      assert.equal(p.unchanged, p.rows, path);
    }
  });

  it('export → import into an empty district → export gives the same records', async () => {
    const original = (await fzb.get(`/api/${casesPath}/export.xlsx?f.state=received`)).body as Buffer;
    const fresh = await startHarness({ seed: true });
    try {
      // The fresh district has its units and users but no case: the import is what fills the register.
      await fresh.db.delete(litigationHearings);
      await fresh.db.delete(litigationPlaintiffs);
      await fresh.db.delete(litigationCases);
      const other = await fresh.login('fzb');
      const uploaded = await uploadFile(other, `/api/${casesPath}/imports`, original);
      const job = await settle(other, casesPath, uploaded.body);
      assert.equal(job.result.preview.invalid, 0, JSON.stringify(job.result.preview.issues.slice(0, 3)));
      assert.equal((await commit(other, job, 'all')).state, 'done');
      const again = (await other.get(`/api/${casesPath}/export.xlsx?f.state=received`)).body as Buffer;
      const rowsOf = async (b: Buffer) => {
        const ws = await sheetOf(b);
        const labels = ws.getRow(1).values as string[];
        const version = labels.indexOf('版本');
        const out: string[] = [];
        ws.eachRow((r, i) => {
          if (i > 1) out.push(JSON.stringify((r.values as unknown[]).filter((_, c) => c !== version)));
        });
        return out.sort();
      };
      const [before, after] = [await rowsOf(original), await rowsOf(again)];
      assert.ok(before.length > 0);
      assert.deepEqual(after, before);
    } finally {
      await fresh.close();
    }
  });
});
