/** UI text of the 安置帮教 pages. */
export const messages = {
  menu: { group: '安置帮教', persons: '帮教对象', activities: '帮教记录' },
  person: {
    idNumber: '公民身份号码',
    phone: '联系电话',
    key: '重点帮教',
    notHandedOver: '未衔接',
    lost: '失联',
    heading: (name: string, crime: string) => `${name}（${crime}）`,
  },
};
