export const messages = {
  menu: { group: '合法性审核' },
};
