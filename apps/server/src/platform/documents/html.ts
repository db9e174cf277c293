import { renderBlocks, type RenderInput } from './model.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The report as an HTML fragment for the preview and the public portal. With `drillDown`, each figure links to the
 * records behind it (for staff); without, figures are plain text (for the public).
 */
export function renderHtml(input: RenderInput, drillDown?: (indicatorId: string) => string): string {
  const out: string[] = [`<article class="gongwen"><h1>${escapeHtml(input.title)}</h1>`];
  for (const b of renderBlocks(input)) {
    const body = b.parts
      .map((p) => {
        if (!('figure' in p)) return escapeHtml(p.text);
        const value = escapeHtml(p.text);
        return drillDown && p.figure.includes('.')
          ? `<a class="figure" href="${escapeHtml(drillDown(p.figure))}" data-indicator="${escapeHtml(p.figure)}">${value}</a>`
          : `<span class="figure">${value}</span>`;
      })
      .join('');
    if (b.kind === 'heading1') out.push(`<h2>${escapeHtml(b.number + b.title)}</h2>`);
    else if (b.kind === 'heading2') out.push(`<h3>${escapeHtml(b.number + b.title)}</h3>`);
    const lead = b.kind === 'paragraph' && b.title ? `<strong>${escapeHtml(b.title)}</strong>` : '';
    if (lead || body) out.push(`<p>${lead}${body}</p>`);
  }
  out.push(`<p class="signature">${escapeHtml(input.orgName)}<br>${escapeHtml(input.dateText)}</p></article>`);
  return out.join('\n');
}
