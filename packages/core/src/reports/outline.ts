import { z } from 'zod';
import { codeTable } from '../register/code-table.js';

/** The five items the annual report must cover (法治政府建设与责任落实督察工作规定 art.25). */
export const statutoryItems = codeTable(
  [
    { code: 'measures', label: '上一年度推进法治政府建设的主要举措和成效' },
    { code: 'shortcomings', label: '上一年度推进法治政府建设存在的不足和原因' },
    { code: 'leaders', label: '上一年度党政主要负责人履行推进法治建设第一责任人职责情况' },
    { code: 'plan', label: '下一年度推进法治政府建设的主要安排' },
    { code: 'other', label: '其他需要报告的情况' },
  ],
  '法定报告事项',
);
export type StatutoryItem = (typeof statutoryItems.codes)[number];

export const blockKinds = codeTable(
  [
    { code: 'heading1', label: '一级标题（一、）' },
    { code: 'heading2', label: '二级标题（（一））' },
    { code: 'paragraph', label: '段落' },
  ],
  '段落类型',
);

/**
 * One block of a report: a heading (numbered 一、 / （一） automatically) or a paragraph, whose optional `title`
 * is its bold lead sentence. Text may hold placeholders {indicator.id} and {year}, {nextYear}, {orgName}.
 */
export const blockSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: '段落标识须为小写字母、数字或 -' }),
  kind: blockKinds.schema,
  title: z.string().trim().max(200, { message: '标题不能超过200个字' }).default(''),
  text: z.string().max(20_000, { message: '正文不能超过20000个字' }).default(''),
  item: statutoryItems.schema.optional(),
});
export type Block = z.infer<typeof blockSchema>;

export const blocksSchema = z
  .array(blockSchema)
  .min(1, { message: '报告至少包含一个段落' })
  .max(300)
  .superRefine((blocks, ctx) => {
    const seen = new Set<string>();
    blocks.forEach((b, i) => {
      if (seen.has(b.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `段落标识“${b.key}”重复` });
      seen.add(b.key);
      if (b.kind !== 'paragraph' && !b.title) ctx.addIssue({ code: 'custom', path: [i, 'title'], message: '标题不能为空' });
    });
    const covered = new Set(blocks.map((b) => b.item).filter(Boolean));
    const missing = statutoryItems.items.filter((i) => !covered.has(i.code));
    if (missing.length) ctx.addIssue({ code: 'custom', path: [], message: `提纲未覆盖法定报告事项：${missing.map((m) => m.label).join('；')}` });
  });

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** Heading numbers per GB/T 9704: 一、 for the first level, （一） for the second, restarting under each first-level heading. */
export function numberHeadings(blocks: readonly Pick<Block, 'kind'>[]): string[] {
  let h1 = 0;
  let h2 = 0;
  return blocks.map((b) => {
    if (b.kind === 'heading1') {
      h1++;
      h2 = 0;
      return `${chineseNumerals[h1 - 1] ?? h1}、`;
    }
    if (b.kind === 'heading2') {
      h2++;
      return `（${chineseNumerals[h2 - 1] ?? h2}）`;
    }
    return '';
  });
}
