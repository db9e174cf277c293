export const messages = {
  menu: { group: '行政规范性文件' },
};
