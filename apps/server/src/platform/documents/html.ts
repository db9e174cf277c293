import { parseFigureName } from '@fazhi/core/reports';
import { closingLine, needsClosingLine, renderBlocks, type RenderInput } from './model.js';
import { titleLines } from './title-lines.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The report as an HTML fragment for the preview and the public portal. With `drillDown`, each figure links to the
 * records behind it (for staff); without, figures are plain text (for the public).
 */
export function renderHtml(input: RenderInput, drillDown?: (indicatorId: string) => string): string {
  const out: string[] = [`<article class="gongwen"><h1>${titleLines(input.title).map(escapeHtml).join('<br>')}</h1>`];
  const blocks = renderBlocks(input);
  for (const b of blocks) {
    const body = b.parts
      .map((p) => {
        if (!('figure' in p)) return escapeHtml(p.text);
        const value = escapeHtml(p.text);
        return drillDown && p.figure.includes('.')
          ? `<a class="figure" href="${escapeHtml(drillDown(parseFigureName(p.figure).id))}" data-indicator="${escapeHtml(p.figure)}">${value}</a>`
          : `<span class="figure">${value}</span>`;
      })
      .join('');
    if (b.kind === 'heading1') out.push(`<h2>${escapeHtml(b.number + b.title)}</h2>`);
    else if (b.kind === 'heading2') out.push(`<h3>${escapeHtml(b.number + b.title)}</h3>`);
    const lead = b.kind === 'paragraph' && b.title ? `<strong>${escapeHtml(b.title)}</strong>` : '';
    if (lead || body) out.push(`<p>${lead}${body}</p>`);
  }
  if (needsClosingLine(blocks)) out.push(`<p>${closingLine}</p>`);
  // 落款: the name centred over the date, the date four characters in from the right (GB/T 9704 §7.3.5.1).
  out.push(`<p class="signature"><span>${escapeHtml(input.orgName)}</span><span>${escapeHtml(input.dateText)}</span></p></article>`);
  return out.join('\n');
}
