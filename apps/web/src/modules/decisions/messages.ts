export const messages = {
  menu: { group: '重大行政决策' },
};
