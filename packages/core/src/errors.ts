/** Stable error codes with their Chinese titles; the server's AppError and the web's messages both read this. */
export const errorTitles = {
  validation: '提交的数据不符合要求',
  unauthenticated: '请先登录',
  sessionExpired: '登录已过期，请重新登录',
  forbidden: '没有权限执行此操作',
  notFound: '记录不存在或无权查看',
  routeNotFound: '请求的接口不存在',
  staleVersion: '记录已被他人修改，请刷新后重试',
  conflict: '操作与当前状态冲突',
  transitionNotAllowed: '当前状态下不能执行此操作',
  guardFailed: '尚未满足办理条件',
  loginFailed: '用户名或密码错误',
  accountLocked: '登录失败次数过多，账户已临时锁定，请稍后再试',
  passwordChangeRequired: '首次登录须修改密码',
  weakPassword: '密码不符合安全要求',
  rateLimited: '请求过于频繁，请稍后再试',
  crossSite: '拒绝跨站请求',
  unsupportedMediaType: '请求内容类型不受支持，请以 JSON 提交',
  duplicate: '记录重复',
  internal: '服务器内部错误，请联系管理员',
} as const;

export type ErrorCode = keyof typeof errorTitles;

/** One failing field: a path into the request body and a Chinese message. */
export type FieldError = { path: string; message: string };

/** RFC 9457 problem details as the API returns them. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
};
