import { defaultAnnualTemplate, type Block } from '@fazhi/core/reports';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { reportRegister, templateRegister } from './registers.js';
import { annualReports, reportTemplates } from './tables.js';

// Narrative a coordinator would have written by now; figures stay placeholders, filled from the records.
const narrative: Record<string, string> = {
  'first-duty-overview': '党政主要负责人带头学法讲法述法，定期研究部署法治建设重大问题，亲自协调解决法治政府建设中的重点难点问题。',
  decisions: '深入落实“三重一大”事项决策制度，开设行政规范性文件公示专栏，对现行有效文件和清理结果主动公开，全面应用合法性审核信息管理系统，提升决策的科学化、信息化水平。',
  shortcomings: '法治化营商环境建设与高质量发展要求相比还有差距，基层法治建设需要进一步提升，部分工作人员运用法治思维和法治方式推动工作、化解矛盾的能力不足。',
};

export async function seedAnnualReports({ tx: db, org, year }: SeedContext): Promise<Record<string, number>> {
  const template = { orgUnitId: org.districtId, name: '示范高新区年度报告模板', blocks: defaultAnnualTemplate };
  await db.insert(reportTemplates).values({ ...template, searchText: searchTextOf(templateRegister, template as unknown as Row) });
  const blocks: Block[] = defaultAnnualTemplate.map((b) => (narrative[b.key] ? { ...b, text: b.text ? `${b.text}${narrative[b.key]}` : narrative[b.key]! } : b));
  const report = { orgUnitId: org.districtId, year, title: `关于示范高新区${year}年度法治政府建设情况的报告`, blocks };
  await db.insert(annualReports).values({ ...report, searchText: searchTextOf(reportRegister, report as unknown as Row) });
  return { annualReports: 1, reportTemplates: 1 };
}
