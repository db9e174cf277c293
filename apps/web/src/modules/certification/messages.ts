/** UI text of the 证明事项 and 政务服务 pages. */
export const messages = {
  menu: { group: '证明事项与政务服务', items: '证明事项清单', verifications: '行政协助核查', stats: '政务服务月度统计' },
  verification: {
    due: (d: string) => `答复期限 ${d}`,
    overdue: '已逾期',
  },
  portal: {
    section: '证明事项清单',
    title: '证明事项清单',
    hint: '以下为本区保留的证明事项及其设定依据；标注“告知承诺”的，申请人可以书面承诺代替提交证明。',
    search: '按事项名称、单位或依据查找',
    commitmentOnly: '只看实行告知承诺的事项',
    empty: '没有符合条件的证明事项',
    code: '编码',
    name: '证明事项',
    unit: '实施单位',
    basis: '设定依据',
    handling: '办理方式',
    commitment: '告知承诺',
    yes: '适用',
    effectiveOn: '施行日期',
  },
};
