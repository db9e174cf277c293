import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { gongwen as G } from './gongwen.js';
import { renderBlocks, type RenderInput } from './model.js';

const font = (eastAsia: string) => ({ ascii: G.font.latin, hAnsi: G.font.latin, eastAsia, cs: G.font.latin });
const exact = { line: G.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function run(text: string, face: string, extra: Partial<IRunOptions> = {}) {
  return new TextRun({ text, font: font(face), size: G.size.body, characterSpacing: G.characterSpacing, ...extra });
}

function bodyParagraph(children: TextRun[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED) {
  return new Paragraph({ children, alignment, indent: { firstLine: G.indent }, spacing: exact });
}

/** "— 1 —" in 4号宋体: odd pages at the right, even pages at the left, one character in from the edge. */
function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) {
  const indent = alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 };
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(G.font.pageNumber), size: G.size.pageNumber })],
      }),
    ],
  });
}

/** The report as a DOCX laid out per GB/T 9704-2012, with font names that WPS and Word on a government PC resolve. */
export async function renderDocx(input: RenderInput): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ spacing: exact, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: G.linePitch * 1.2, lineRule: LineRuleType.AT_LEAST, after: 0 },
      children: [new TextRun({ text: input.title, font: font(G.font.title), size: G.size.title })],
    }),
    ...(input.numberLine ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact, children: [run(input.numberLine, G.font.body)] })] : []),
    new Paragraph({ spacing: exact, children: [] }),
  ];
  for (const b of renderBlocks(input)) {
    const text = b.parts.map((p) => p.text).join('');
    if (b.kind === 'heading1') {
      children.push(bodyParagraph([run(`${b.number}${b.title}`, G.font.heading1)], AlignmentType.LEFT));
      if (text) children.push(bodyParagraph([run(text, G.font.body)]));
    } else if (b.kind === 'heading2') {
      children.push(bodyParagraph([run(`${b.number}${b.title}`, G.font.heading2)], AlignmentType.LEFT));
      if (text) children.push(bodyParagraph([run(text, G.font.body)]));
    } else {
      const lead = b.title ? [run(b.title, G.font.body, { bold: true })] : [];
      if (lead.length || text) children.push(bodyParagraph([...lead, run(text, G.font.body)]));
    }
  }
  children.push(new Paragraph({ spacing: exact, children: [] }));
  for (const line of [input.orgName, input.dateText]) {
    children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: G.indent * 2 }, spacing: exact, children: [run(line, G.font.body)] }));
  }
  const doc = new Document({
    creator: '法治政府建设综合管理平台',
    title: input.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(G.font.body), size: G.size.body } } } },
    sections: [
      {
        properties: {
          page: { size: G.page, margin: G.margin },
          grid: { type: DocumentGridType.LINES, linePitch: G.linePitch },
        },
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
