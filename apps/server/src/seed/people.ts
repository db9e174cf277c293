import { withCreditCheckCharacter, withIdCheckCharacter } from '@fazhi/core';
import type { Random } from './random.js';

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenChars = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅鑫波斌宇浩凯建国建华志强海燕晓东立新文博子涵欣怡俊杰雪梅德胜振华庆';

export function personName(r: Random): string {
  const given = r.chance(0.6) ? r.pick([...givenChars]) + r.pick([...givenChars]) : r.pick([...givenChars]);
  return r.pick([...surnames]) + given;
}

/** A well-formed 公民身份号码 for a fictional person (region code of the demo district). */
export function idNumber(r: Random): string {
  const y = r.int(1950, 2000);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return withIdCheckCharacter(`370899${y}${m}${d}${String(r.int(0, 999)).padStart(3, '0')}`);
}

const firmWords = ['宏达', '恒信', '鲁源', '金泰', '华盛', '永安', '瑞丰', '鸿运', '嘉禾', '正通', '东方', '新元'];
const firmKinds = ['建筑工程有限公司', '商贸有限公司', '置业有限公司', '食品有限公司', '物流有限公司', '机械制造有限公司', '餐饮管理有限公司'];

export function companyName(r: Random): string {
  return `示范${r.pick(firmWords)}${r.pick(firmKinds)}`;
}

const codeChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function creditCode(r: Random): string {
  let body = '91370899';
  for (let i = 0; i < 9; i++) body += codeChars[r.int(0, 30)];
  return withCreditCheckCharacter(body);
}
