/** Lines of work (and platform areas) that grants name. A new module adds itself here. */
export const moduleCodes = ['org', 'users', 'audit', 'litigation'] as const;
export type ModuleCode = (typeof moduleCodes)[number];

export const actions = ['read', 'create', 'update', 'delete', 'transition', 'export', 'reveal', 'manage'] as const;
export type Action = (typeof actions)[number];

export const actionLabels: Record<Action, string> = {
  read: '查看',
  create: '新增',
  update: '修改',
  delete: '删除',
  transition: '办理流转',
  export: '导出',
  reveal: '查看完整个人信息',
  manage: '管理',
};

type Grants = Partial<Record<ModuleCode, readonly Action[]>>;

const all = actions;
const readOnly = ['read', 'export'] as const;
const caseWork = ['read', 'create', 'update', 'transition', 'export', 'reveal'] as const;

/**
 * Roles and what they may do per module. The org unit where a user holds a role gives the data scope
 * (that unit and its subtree); this table gives the actions. It is the single policy the server enforces.
 */
export const roles = {
  admin: { label: '系统管理员', grants: { org: all, users: all, audit: ['read', 'export'] } },
  coordinator: {
    label: '法治办（司法局）统筹人员',
    grants: { org: ['read'], users: ['read'], audit: ['read'], litigation: all },
  },
  legalStaff: { label: '部门法制机构人员', grants: { org: ['read'], litigation: caseWork } },
  judicialOfficeStaff: { label: '司法所工作人员', grants: { org: ['read'], litigation: ['read'] } },
  leader: { label: '领导', grants: { org: ['read'], litigation: readOnly } },
  inspector: { label: '督察人员', grants: { org: ['read'], audit: ['read'], litigation: ['read'] } },
  adviser: { label: '法律顾问 / 公职律师', grants: { org: ['read'] } },
} as const satisfies Record<string, { label: string; grants: Grants }>;

export type RoleCode = keyof typeof roles;
export const roleCodes = Object.keys(roles) as [RoleCode, ...RoleCode[]];

export function roleAllows(role: RoleCode, module: ModuleCode, action: Action): boolean {
  const grants: Grants = roles[role].grants;
  return grants[module]?.includes(action) ?? false;
}
