import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser } from 'saxes';
import { AppError } from '../http/errors.js';

/** A cell as the sheet holds it; dates arrive as Excel serial numbers unless typed as text. */
export type Cell = string | number | boolean | null;

export type ReadLimits = { unzippedBytes: number; rows: number };

/** What an upload may be: a register's sheet of 50,000 rows is ~30 MB of XML; a zip bomb stops at the first cap. */
export const importLimits: ReadLimits & { fileBytes: number } = { fileBytes: 20 * 1024 * 1024, unzippedBytes: 64 * 1024 * 1024, rows: 50_000 };

export function refuseFile(message: string): never {
  throw new AppError('validation', message, [{ path: 'file', message }]);
}

type SheetRows = { rows: Cell[][]; sharedAt: [number, number][]; formulas: string[] };

const colIndex = (ref: string) => {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
};

/** SAX over one worksheet part, fed chunk by chunk as it inflates; stops at the row cap. */
function sheetParser(limits: ReadLimits, sheet: SheetRows) {
  const parser = new SaxesParser();
  let cell: { col: number; type: string; text: string; inValue: boolean; ref: string } | null = null;
  let row: Cell[] | null = null;
  parser.on('opentag', (node) => {
    const a = node.attributes as Record<string, string>;
    if (node.name === 'row') {
      // Excel leaves empty rows out: place each at its number, so problems name the row the user sees.
      const at = a.r ? Number(a.r) - 1 : sheet.rows.length;
      if (at >= limits.rows + 1) refuseFile(`文件超过${limits.rows.toLocaleString('zh-CN')}行，请拆分后分批导入`);
      while (sheet.rows.length < at) sheet.rows.push([]);
      row = [];
    } else if (node.name === 'c' && row) cell = { col: a.r ? colIndex(a.r) : row.length, type: a.t ?? 'n', text: '', inValue: false, ref: a.r ?? '' };
    else if (node.name === 'f' && cell) sheet.formulas.push(cell.ref);
    else if ((node.name === 'v' || node.name === 't') && cell) cell.inValue = true;
  });
  parser.on('text', (t) => {
    if (cell?.inValue) cell.text += t;
  });
  parser.on('closetag', (node) => {
    if ((node.name === 'v' || node.name === 't') && cell) cell.inValue = false;
    else if (node.name === 'c' && cell && row) {
      const { col, type, text } = cell;
      if (col >= 0 && col < 1000) {
        if (type === 's') sheet.sharedAt.push([sheet.rows.length, col]);
        row[col] = type === 's' ? Number(text) : type === 'b' ? text === '1' : type === 'n' ? (text === '' ? null : Number(text)) : text;
      }
      cell = null;
    } else if (node.name === 'row' && row) {
      sheet.rows.push(row);
      row = null;
    }
  });
  return parser;
}

function sharedStringsParser(out: string[]) {
  const parser = new SaxesParser();
  let current: string | null = null;
  let phonetic = 0;
  let inT = false;
  parser.on('opentag', (n) => {
    if (n.name === 'si') current = '';
    else if (n.name === 'rPh') phonetic++;
    else if (n.name === 't') inT = true;
  });
  parser.on('text', (t) => {
    if (inT && !phonetic && current !== null) current += t;
  });
  parser.on('closetag', (n) => {
    if (n.name === 'si') out.push(current ?? '');
    else if (n.name === 'rPh') phonetic--;
    else if (n.name === 't') inT = false;
  });
  return parser;
}

/**
 * Reads the sheet named `preferred` (else the only/first visible sheet) of an .xlsx, streaming: each part is
 * inflated chunk by chunk with a cap on the total, worksheets go through a SAX parser with a cap on rows.
 * Refuses what is not an .xlsx, what unpacks past the cap, and sheets holding formulas.
 */
export function readSheet(file: Buffer, preferred: string, limits: ReadLimits = importLimits): { name: string; rows: Cell[][] } {
  if (file.length < 4 || file.readUInt32LE(0) !== 0x04034b50) refuseFile('文件不是Excel工作簿（.xlsx），请下载导入模板填写后上传');
  const sheets = new Map<string, SheetRows>();
  const shared: string[] = [];
  const small = new Map<string, string>();
  let unzipped = 0;
  let refusal: AppError | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (entry) => {
    const name = entry.name;
    const decoder = new TextDecoder();
    let sink: ((text: string, final: boolean) => void) | null = null;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const sheet: SheetRows = { rows: [], sharedAt: [], formulas: [] };
      sheets.set(name, sheet);
      const parser = sheetParser(limits, sheet);
      sink = (text, final) => (final ? parser.write(text).close() : parser.write(text));
    } else if (name === 'xl/sharedStrings.xml') {
      const parser = sharedStringsParser(shared);
      sink = (text, final) => (final ? parser.write(text).close() : parser.write(text));
    } else if (name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels') {
      let text = '';
      sink = (t, final) => {
        text += t;
        if (final) small.set(name, text);
      };
    }
    entry.ondata = (err, chunk, final) => {
      if (refusal) return;
      try {
        if (err) refuseFile('Excel文件已损坏，无法读取');
        unzipped += chunk.length;
        if (unzipped > limits.unzippedBytes) refuseFile(`文件解压后超过${Math.round(limits.unzippedBytes / 1024 / 1024)}MB，疑似压缩炸弹，已拒绝`);
        sink?.(decoder.decode(chunk, { stream: !final }), final);
      } catch (e) {
        // fflate swallows what a handler throws: keep the refusal and stop inflating this part.
        refusal = e instanceof AppError ? e : new AppError('validation', 'Excel文件已损坏，无法读取', [{ path: 'file', message: 'Excel文件已损坏，无法读取' }]);
        entry.terminate();
      }
    };
    entry.start();
  };
  try {
    // Pushed in slices so that the caps stop a bomb after a slice, not after the whole file has inflated.
    for (let at = 0; at < file.length && !refusal; at += 64 * 1024) unzip.push(file.subarray(at, at + 64 * 1024), at + 64 * 1024 >= file.length);
  } catch {
    refusal ??= new AppError('validation', 'Excel文件已损坏，无法读取', [{ path: 'file', message: 'Excel文件已损坏，无法读取' }]);
  }
  if (refusal) throw refusal;
  const target = pickSheet(small, sheets, preferred);
  const sheet = sheets.get(target.part)!;
  if (sheet.formulas.length) {
    refuseFile(`工作表含公式（${sheet.formulas.slice(0, 5).join('、')}${sheet.formulas.length > 5 ? '等' : ''}），请复制后“粘贴为数值”再导入`);
  }
  for (const [r, c] of sheet.sharedAt) sheet.rows[r]![c] = shared[sheet.rows[r]![c] as number] ?? '';
  return { name: target.name, rows: sheet.rows };
}

function pickSheet(small: Map<string, string>, sheets: Map<string, SheetRows>, preferred: string) {
  const workbook = small.get('xl/workbook.xml') ?? '';
  const rels = small.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')]));
  const listed = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const target = (targets.get(attr(m[0], 'r:id')) ?? '').replace(/^\/?(xl\/)?/, '');
    return { name: unescapeXml(attr(m[0], 'name')), part: `xl/${target}`, hidden: /state="(hidden|veryHidden)"/.test(m[0]) };
  });
  const found = listed.filter((s) => sheets.has(s.part));
  if (!found.length) refuseFile('文件中没有工作表，请下载导入模板填写后上传');
  return found.find((s) => s.name === preferred) ?? found.find((s) => !s.hidden)!;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? '';
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
