/**
 * The default 规范化司法所 checklist the demo seeds (100 points). No national scoring sheet is published; the shape
 * follows the provincial ones: 海南省《司法所规范化建设考核评分表》 (组织机构、队伍建设、基础设施 … scored per item)
 * and 绍兴市司法局《2021年“枫桥式”司法所建设评价标准》 (组织保障11分、基础建设10分 …, 实地查看/台账资料), grouped
 * under the categories the district's report names (办公场所、服务大厅、规章制度、人员配备) plus 业务工作 and 信息化.
 * The district edits the items per year in the 评定标准 register.
 */
export const defaultChecklist: { category: string; title: string; maxPoints: number }[] = [
  { category: 'premises', title: '独立办公用房，业务用房面积达标，设调解室、档案室、矫正宣告室等功能室', maxPoints: 10 },
  { category: 'premises', title: '外观形象和标识统一规范，室内办公区域集中、布置规范', maxPoints: 5 },
  { category: 'serviceHall', title: '设公共法律服务窗口（大厅），功能分区合理、便民设施齐全', maxPoints: 10 },
  { category: 'serviceHall', title: '服务事项、办事流程、工作人员信息公示上墙', maxPoints: 5 },
  { category: 'rules', title: '建立所务会议、学习、请示报告、考勤等内部管理制度', maxPoints: 6 },
  { category: 'rules', title: '业务台账、档案资料齐全规范，按规定立卷归档', maxPoints: 6 },
  { category: 'rules', title: '岗位职责、首问负责、限时办结等服务制度上墙并落实', maxPoints: 3 },
  { category: 'staffing', title: '政法专项编制人员到位，所长由专职人员担任', maxPoints: 8 },
  { category: 'staffing', title: '配备司法协理员等辅助力量，人员参加岗前培训和业务轮训', maxPoints: 7 },
  { category: 'business', title: '人民调解指导、矛盾纠纷排查化解工作扎实', maxPoints: 8 },
  { category: 'business', title: '法治宣传教育、法律咨询和公共法律服务工作成效明显', maxPoints: 8 },
  { category: 'business', title: '社区矫正、安置帮教工作规范，无脱管漏管', maxPoints: 8 },
  { category: 'business', title: '参与基层依法治理、为街道依法决策提供法律意见', maxPoints: 6 },
  { category: 'informatization', title: '使用司法行政信息系统，数据录入及时准确', maxPoints: 6 },
  { category: 'informatization', title: '配备远程视频、移动办公等信息化设备', maxPoints: 4 },
];
