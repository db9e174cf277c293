// All UI text of 普法 (publicity).
export const messages = {
  menu: {
    group: '普法宣传',
    tasks: '“八五”普法规划',
    duties: '普法责任清单',
    events: '普法活动',
    sites: '法治文化阵地',
    liaisons: '法律明白人',
    ratings: '示范创建',
    trainings: '学法培训',
  },
  portal: {
    section: '普法活动',
    title: '普法活动',
    hint: '已公布的法治宣传教育活动（宪法宣传周、民法典宣传月、“十进”等）',
    empty: '暂无已公布的普法活动',
    date: '日期',
    kind: '活动类型',
    name: '活动名称',
    place: '地点',
  },
};
