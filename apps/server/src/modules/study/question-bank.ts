// Demo question bank: a few real questions per law, from which numbered practice variants are built (~200 in all).
export type BankItem = { kind: 'single' | 'multiple' | 'trueFalse' | 'short'; stem: string; options?: string[]; answer: string };

export const bankByTag: Record<string, BankItem[]> = {
  xiThought: [
    { kind: 'single', stem: '习近平法治思想的核心要义是', options: ['“十一个坚持”', '“三个统筹”', '“五个体系”', '“四个全面”'], answer: 'A' },
    { kind: 'trueFalse', stem: '坚持党对全面依法治国的领导是习近平法治思想的首要任务。', answer: '对' },
    { kind: 'multiple', stem: '全面依法治国的工作布局包括坚持', options: ['依法治国', '依法执政', '依法行政', '依法经营'], answer: 'ABC' },
    { kind: 'short', stem: '简述法治政府建设的主要目标。', answer: '职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意。' },
  ],
  constitution: [
    { kind: 'single', stem: '我国现行宪法规定，中华人民共和国的一切权力属于', options: ['人民', '国家机关', '全国人民代表大会', '中国共产党'], answer: 'A' },
    { kind: 'trueFalse', stem: '国家工作人员就职时应当依照法律规定公开进行宪法宣誓。', answer: '对' },
    { kind: 'single', stem: '国家宪法日是每年的', options: ['12月4日', '3月15日', '10月1日', '7月1日'], answer: 'A' },
    { kind: 'multiple', stem: '下列属于宪法规定的公民基本权利的有', options: ['选举权', '宗教信仰自由', '受教育权', '纳税'], answer: 'ABC' },
  ],
  civilCode: [
    { kind: 'single', stem: '民法典规定，八周岁以上的未成年人为', options: ['限制民事行为能力人', '完全民事行为能力人', '无民事行为能力人', '特殊民事主体'], answer: 'A' },
    { kind: 'trueFalse', stem: '向人民法院请求保护民事权利的诉讼时效期间一般为三年。', answer: '对' },
    { kind: 'multiple', stem: '民法典规定的民事主体包括', options: ['自然人', '法人', '非法人组织', '行政机关内设机构'], answer: 'ABC' },
  ],
  penalty: [
    { kind: 'single', stem: '行政处罚法规定，违法行为在几年内未被发现的，一般不再给予行政处罚', options: ['二年', '一年', '三年', '五年'], answer: 'A' },
    { kind: 'trueFalse', stem: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚。', answer: '对' },
    { kind: 'multiple', stem: '行政处罚的种类包括', options: ['警告、通报批评', '罚款、没收违法所得', '暂扣许可证件', '行政拘留'], answer: 'ABCD' },
    { kind: 'single', stem: '执法人员当场作出行政处罚决定的，应当向当事人出示', options: ['执法证件', '工作证', '身份证', '介绍信'], answer: 'A' },
  ],
  licensing: [
    { kind: 'single', stem: '行政许可法规定，行政机关一般应当自受理申请之日起多少日内作出行政许可决定', options: ['二十日', '十日', '三十日', '六十日'], answer: 'A' },
    { kind: 'trueFalse', stem: '行政机关实施行政许可，不得向申请人提出购买指定商品的要求。', answer: '对' },
  ],
  coercion: [
    { kind: 'single', stem: '查封、扣押的期限一般不得超过', options: ['三十日', '十五日', '六十日', '九十日'], answer: 'A' },
    { kind: 'trueFalse', stem: '行政机关不得在夜间或者法定节假日实施行政强制执行，情况紧急的除外。', answer: '对' },
  ],
  reconsideration: [
    { kind: 'single', stem: '公民认为行政行为侵犯其合法权益的，一般可以自知道之日起多少日内提出行政复议申请', options: ['六十日', '三十日', '十五日', '九十日'], answer: 'A' },
    { kind: 'trueFalse', stem: '行政复议机关应当自受理申请之日起六十日内作出行政复议决定（适用普通程序）。', answer: '对' },
  ],
  litigation: [
    { kind: 'single', stem: '被诉行政机关负责人应当出庭应诉，不能出庭的，应当委托', options: ['行政机关相应的工作人员', '任意公民', '法院指定人员', '人大代表'], answer: 'A' },
    { kind: 'trueFalse', stem: '行政诉讼中，被告对作出的行政行为负有举证责任。', answer: '对' },
  ],
  government: [
    { kind: 'single', stem: '《法治政府建设实施纲要》的实施期间是', options: ['2021—2025年', '2015—2020年', '2020—2035年', '2018—2022年'], answer: 'A' },
    { kind: 'multiple', stem: '重大行政决策的法定程序包括', options: ['公众参与', '专家论证', '风险评估', '合法性审查和集体讨论决定'], answer: 'ABCD' },
  ],
};
