import { renderBlocks, type RenderInput } from './model.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The report as an HTML fragment for the preview and the public portal. With `drillDown`, each figure links to the
 * records behind it (for staff); without, figures are plain text (for the public).
 */
export function renderHtml(input: RenderInput, drillDown?: (indicatorId: string) => string): string {
  const out: string[] = [`<article class="gongwen"><h1>${escape(input.title)}</h1>`];
  for (const b of renderBlocks(input)) {
    const body = b.parts
      .map((p) => {
        if (!('figure' in p)) return escape(p.text);
        const value = escape(p.text);
        return drillDown && p.figure.includes('.')
          ? `<a class="figure" href="${escape(drillDown(p.figure))}" data-indicator="${escape(p.figure)}">${value}</a>`
          : `<span class="figure">${value}</span>`;
      })
      .join('');
    if (b.kind === 'heading1') out.push(`<h2>${escape(b.number + b.title)}</h2>`);
    else if (b.kind === 'heading2') out.push(`<h3>${escape(b.number + b.title)}</h3>`);
    const lead = b.kind === 'paragraph' && b.title ? `<strong>${escape(b.title)}</strong>` : '';
    if (lead || body) out.push(`<p>${lead}${body}</p>`);
  }
  out.push(`<p class="signature">${escape(input.orgName)}<br>${escape(input.dateText)}</p></article>`);
  return out.join('\n');
}
