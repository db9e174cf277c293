import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { gongwen as G } from './gongwen.js';

export type TableDocument = {
  title: string;
  intro: string;
  columns: string[];
  rows: string[][];
  orgName: string;
  dateText: string;
};

const font = (eastAsia: string) => ({ ascii: G.font.latin, hAnsi: G.font.latin, eastAsia, cs: G.font.latin });
const cellRun = (text: string, bold = false) => new TextRun({ text, font: font(G.font.body), size: 24, bold }); // 小四 in tables
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A bulletin: title, an introductory paragraph and one table, on the same A4 page setup as the annual report. */
export async function renderTableDocx(doc: TableDocument): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({
      borders: { top: border, bottom: border, left: border, right: border },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [cellRun(text, bold)] })],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: doc.columns.map((c) => cell(c, true)) }), ...doc.rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) }))],
  });
  const body = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED) =>
    new Paragraph({ alignment, indent: { firstLine: G.indent }, spacing: { line: G.linePitch, lineRule: 'exact' }, children: [new TextRun({ text, font: font(G.font.body), size: G.size.body })] });
  const document = new Document({
    creator: '法治政府建设综合管理平台',
    title: doc.title,
    sections: [
      {
        properties: { page: { size: G.page, margin: G.margin } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [new TextRun({ text: doc.title, font: font(G.font.title), size: G.size.title })] }),
          body(doc.intro),
          table,
          new Paragraph({ children: [] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.orgName, font: font(G.font.body), size: G.size.body })] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: doc.dateText, font: font(G.font.body), size: G.size.body })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
