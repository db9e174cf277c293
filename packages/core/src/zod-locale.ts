import { z } from 'zod';

// Default validation messages in Simplified Chinese, for the server and the web alike. zod's own Chinese for a missing
// or mistyped value ("无效输入：期望 string，实际接收 undefined") speaks the programmer's language; staff read these.
const zhCN = z.locales.zhCN();
const typeNames: Record<string, string> = { string: '文字', number: '数字', int: '整数', boolean: '“是”或“否”', array: '列表', object: '一组字段', date: '日期' };

z.config({
  localeError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined || issue.input === null) return '此项为必填项';
      return `格式不正确，应为${typeNames[issue.expected] ?? issue.expected}`;
    }
    return zhCN.localeError(issue);
  },
});
