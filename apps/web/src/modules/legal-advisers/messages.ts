export const messages = {
  menu: { group: '法律顾问与公职律师' },
};
