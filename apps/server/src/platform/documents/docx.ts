import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { gongwen as G } from './gongwen.js';
import { closingLine, needsClosingLine, renderBlocks, type RenderInput } from './model.js';
import { titleLines } from './title-lines.js';

const font = (eastAsia: string) => ({ ascii: G.font.latin, hAnsi: G.font.latin, eastAsia, cs: G.font.latin });
const exact = { line: G.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function run(text: string, face: string, extra: Partial<IRunOptions> = {}) {
  return new TextRun({ text, font: font(face), size: G.size.body, characterSpacing: G.characterSpacing, ...extra });
}

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

function bodyParagraph(children: TextRun[], alignment: Alignment = AlignmentType.JUSTIFIED) {
  return new Paragraph({ children, alignment, indent: { firstLine: G.indent }, spacing: exact });
}

/** A heading stays on the page of the paragraph after it: no 七、 alone at the foot of a page. */
function heading(text: string, face: string) {
  return new Paragraph({ children: [run(text, face)], alignment: AlignmentType.LEFT, indent: { firstLine: G.indent }, spacing: exact, keepNext: true, keepLines: true });
}

/** Printed width in twips: full-width characters at the body's pitch, Latin letters and digits at half of it. */
const printedWidth = (text: string) => [...text].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? G.pitch / 2 : G.pitch), 0);

/**
 * 落款 per GB/T 9704 §7.3.5.1: the date (成文日期, the signing date) four characters in from the right, the unit's
 * name (发文机关署名) centred over it; one empty line after the text, as §7.3.5.2 asks of a document without a seal.
 */
function signature(orgName: string, dateText: string): Paragraph[] {
  const dateRight = G.indent * 2;
  const nameRight = Math.max(0, Math.round(dateRight + (printedWidth(dateText) - printedWidth(orgName)) / 2));
  const line = (text: string, right: number) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right }, spacing: exact, keepNext: true, children: [run(text, G.font.body)] });
  return [
    new Paragraph({ spacing: exact, keepNext: true, children: [] }),
    line(orgName, nameRight),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: dateRight }, spacing: exact, children: [run(dateText, G.font.body)] }),
  ];
}

/** "— 1 —" in 4号宋体: odd pages at the right, even pages at the left, one character in from the edge. */
function pageNumberFooter(alignment: Alignment) {
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
    // The title in balanced lines (GB/T 9704 §7.3.3); OOXML wants whole twips for the line height.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(G.linePitch * 1.2), lineRule: LineRuleType.AT_LEAST, after: 0 },
      keepNext: true,
      children: titleLines(input.title).map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined, font: font(G.font.title), size: G.size.title })),
    }),
    ...(input.numberLine ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact, children: [run(input.numberLine, G.font.body)] })] : []),
    new Paragraph({ spacing: exact, children: [] }),
  ];
  const blocks = renderBlocks(input);
  for (const b of blocks) {
    const text = b.parts.map((p) => p.text).join('');
    if (b.kind !== 'paragraph') {
      children.push(heading(`${b.number}${b.title}`, b.kind === 'heading1' ? G.font.heading1 : G.font.heading2));
      if (text) children.push(bodyParagraph([run(text, G.font.body)]));
    } else {
      const lead = b.title ? [run(b.title, G.font.body, { bold: true })] : [];
      if (lead.length || text) children.push(bodyParagraph([...lead, run(text, G.font.body)]));
    }
  }
  // "特此报告。" stays on the page of the 落款, as GB/T 9704 §7.3.5 keeps the signature off a page of its own.
  if (needsClosingLine(blocks)) children.push(new Paragraph({ children: [run(closingLine, G.font.body)], indent: { firstLine: G.indent }, spacing: exact, keepNext: true }));
  children.push(...signature(input.orgName, input.dateText));
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
