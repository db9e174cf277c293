import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { startHarness, type Harness } from '../../../test/harness.js';
import { caseRegister } from '../../modules/litigation/registers.js';
import { registerWorkbook } from '../register/excel.js';
import { contentDisposition, detectKind } from './download.js';

type Client = Awaited<ReturnType<Harness['login']>>;

/** A multipart upload with the name and type the (hostile) uploader chooses. */
function uploadAs(c: Client, url: string, filename: string, type: string, content: Buffer) {
  const boundary = 'servedSafely';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.raw('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

const hostileHtml = Buffer.from('<!doctype html><html><body><script>fetch("/api/auth/me").then(r=>r.text()).then(alert)</script></body></html>');
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('files and pages served safely', () => {
  let h: Harness;
  let fzb: Client;
  let zrzy: Client;
  let docId: string;
  const docs = '/api/normative-docs/documents';

  before(async () => {
    h = await startHarness();
    [fzb, zrzy] = await Promise.all([h.login('fzb'), h.login('zrzy')]);
    // A document of the seeded district that the portal shows (in force); 区自然资源和规划局 may write its own.
    const pub = await h.anonymous.get('/api/public/normative-documents?pageSize=100');
    const ours = pub.body.items.find((d: { orgUnitName: string }) => d.orgUnitName === '区自然资源和规划局') ?? pub.body.items[0];
    assert.ok(ours, 'the demo district has a document in force');
    docId = ours.id;
  });
  after(() => h?.close());

  it('puts nosniff, frame denial, a referrer policy and a no-script CSP on every API answer, and no-store', async () => {
    for (const res of [await h.anonymous.get('/api/health'), await fzb.get(`${docs}?pageSize=1`), await h.anonymous.get('/api/no-such-route')]) {
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['x-frame-options'], 'DENY');
      assert.equal(res.headers['referrer-policy'], 'same-origin');
      assert.equal(res.headers['cache-control'], 'no-store');
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /script-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
    }
  });

  it('serves the annual report preview and its versions as HTML that may run no script', async () => {
    const list = (await fzb.get(`/api/reports/annual?f.year=2026&f.orgUnitId=${h.seeded.org.districtId}`)).body;
    const reportId = list.items[0].id;
    const preview = await fzb.get(`/api/reports/annual/${reportId}/preview`);
    assert.equal(preview.status, 200);
    assert.match(String(preview.headers['content-type']), /^text\/html/);
    const csp = String(preview.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.equal(preview.headers['cache-control'], 'no-store');
  });

  it('sends an HTML upload named .pdf as an octet-stream attachment, and a real PDF as application/pdf', async () => {
    const html = await uploadAs(zrzy, `${docs}/${docId}/attachments`, '关于征收补偿的通知.pdf', 'text/html', hostileHtml);
    assert.equal(html.status, 201, JSON.stringify(html.body));
    const got = await zrzy.get(`${docs}/${docId}/attachments/${html.body.id}`);
    assert.equal(got.status, 200);
    assert.equal(got.headers['content-type'], 'application/octet-stream');
    assert.equal(got.headers['x-content-type-options'], 'nosniff');
    const disposition = String(got.headers['content-disposition']);
    assert.match(disposition, /^attachment; /);
    assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent('关于征收补偿的通知.pdf')}`), disposition);
    assert.ok(disposition.includes('filename="file.pdf"'), disposition);
    // The record's detail lists the detected type, not the uploader's claim.
    const detail = await zrzy.get(`${docs}/${docId}`);
    assert.equal(detail.body.attachments.find((a: { id: string }) => a.id === html.body.id).mimeType, 'application/octet-stream');

    const real = await uploadAs(zrzy, `${docs}/${docId}/attachments`, 'scan.pdf', 'text/html', pdf);
    const gotPdf = await zrzy.get(`${docs}/${docId}/attachments/${real.body.id}`);
    assert.equal(gotPdf.headers['content-type'], 'application/pdf');
    assert.match(String(gotPdf.headers['content-disposition']), /^attachment; filename="scan.pdf"; filename\*=UTF-8''scan.pdf$/);
  });

  it('keeps an attachment of a public document off the portal until it is published, audited, and takes it back on withdrawal', async () => {
    const file = await uploadAs(zrzy, `${docs}/${docId}/attachments`, '起草说明.pdf', 'application/pdf', pdf);
    assert.equal(file.status, 201);
    const portal = `/api/public/normative-documents/${docId}`;
    const ids = async () => (await h.anonymous.get(portal)).body.attachments.map((a: { id: string }) => a.id) as string[];
    assert.ok(!(await ids()).includes(file.body.id));
    assert.equal((await h.anonymous.get(`${portal}/attachments/${file.body.id}`)).status, 404);

    // Only someone who may write the document publishes; a reader may not.
    const leader = await h.login('leader');
    assert.equal((await leader.post(`${docs}/${docId}/attachments/${file.body.id}/publish`)).status, 403);
    const published = await zrzy.post(`${docs}/${docId}/attachments/${file.body.id}/publish`);
    assert.equal(published.status, 200);
    assert.ok(published.body.publishedAt);
    assert.ok((await ids()).includes(file.body.id));
    const download = await h.anonymous.get(`${portal}/attachments/${file.body.id}`);
    assert.equal(download.status, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.match(String(download.headers['content-disposition']), /^attachment; /);
    const history = await zrzy.get(`${docs}/${docId}/history`);
    assert.match(JSON.stringify(history.body), /公开附件 起草说明\.pdf/);

    assert.equal((await zrzy.delete(`${docs}/${docId}/attachments/${file.body.id}/publish`)).status, 200);
    assert.equal((await h.anonymous.get(`${portal}/attachments/${file.body.id}`)).status, 404);
    // Registers the portal never shows have no publish step at all.
    assert.equal((await fzb.post(`/api/litigation/cases/${docId}/attachments/${file.body.id}/publish`)).status, 404);
  });
});

describe('download types and names', () => {
  it('detects the allow-listed types from the bytes and nothing else', async () => {
    assert.equal(detectKind(pdf), 'pdf');
    assert.equal(detectKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'png');
    assert.equal(detectKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'jpeg');
    assert.equal(detectKind(Buffer.from('GIF89a……')), 'gif');
    assert.equal(detectKind(hostileHtml), 'other');
    assert.equal(detectKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')), 'other');
    assert.equal(detectKind(Buffer.from('PK\u0003\u0004 not really a zip')), 'other');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表');
    assert.equal(detectKind(Buffer.from(await wb.xlsx.writeBuffer())), 'xlsx');
  });

  it('names the file in RFC 5987 form with an ASCII fallback that cannot break the header', () => {
    assert.equal(contentDisposition('答辩状.docx'), `attachment; filename="file.docx"; filename*=UTF-8''%E7%AD%94%E8%BE%A9%E7%8A%B6.docx`);
    assert.equal(contentDisposition(`a"b\\c'(1).pdf`), `attachment; filename="a_b_c'(1).pdf"; filename*=UTF-8''a%22b%5Cc%27%281%29.pdf`);
  });
});

describe('xlsx export', () => {
  it('writes text a spreadsheet would run (= + - @, tab, CR) as plain text with a leading apostrophe', async () => {
    const hostile = ['=HYPERLINK("http://evil","点击")', '+1+cmd|" /C calc"!A0', '-2+3', '@SUM(1,2)', '\t=1+1', '\r=1+1'];
    const rows = hostile.map((cause, i) => ({ id: String(i), cause, caseNumber: `（2026）案${i}`, version: 1 }));
    const body = await registerWorkbook(caseRegister, rows as never, () => '');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as never);
    const ws = wb.worksheets[0]!;
    const labels = ws.getRow(1).values as string[];
    hostile.forEach((text, i) => {
      const cell = ws.getRow(i + 2).getCell(labels.indexOf('案由'));
      assert.equal(cell.type, ExcelJS.ValueType.String, `row ${i + 2} is text, not a formula`);
      // XML reads a carriage return back as a line feed.
      assert.equal(cell.value, `'${text}`.replace('\r', '\n'));
    });
  });
});
