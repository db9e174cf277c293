import type { Block } from './outline.js';

const isOldClosing = (b: Block) => b.kind === 'heading1' && (b.item === 'shortcomings' || b.item === 'leaders' || b.item === 'plan' || b.item === 'other');

/** Whether an outline still has the closing parts as 一级标题, numbered 六、七、… after the sections of measures. */
export function hasNumberedClosing(blocks: readonly Block[]): boolean {
  return blocks.some(isOldClosing);
}

/**
 * The closing parts as the outline has them now (migration 0038 does the same to what was stored): 问题和不足, 工作安排
 * and 其他 as unnumbered paragraphs, a lone "无。" under 其他 emptied (an empty block prints nothing); an empty 第一责任人
 * heading gives its item to section 一's 第一责任人 paragraph, a written one stays as a paragraph. The text is kept.
 */
export function unnumberClosing(blocks: readonly Block[]): Block[] {
  const moved = blocks.some((b) => b.kind === 'heading1' && b.item === 'leaders' && !b.text.trim()) && blocks.some((b) => b.key === 'first-duty-overview' && !b.item);
  return blocks.flatMap((b): Block[] => {
    if (isOldClosing(b) && b.item === 'leaders') return moved ? [] : [{ ...b, kind: 'paragraph' }];
    if (isOldClosing(b)) return [{ ...b, kind: 'paragraph', title: '', text: b.item === 'other' && b.text.trim() === '无。' ? '' : b.text }];
    if (moved && b.key === 'first-duty-overview' && !b.item) return [{ ...b, item: 'leaders' }];
    return [b];
  });
}
