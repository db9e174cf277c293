export const actions = ['read', 'create', 'update', 'delete', 'transition', 'approve', 'export', 'reveal', 'manage'] as const;
export type Action = (typeof actions)[number];

export const actionLabels: Record<Action, string> = {
  read: '查看',
  create: '新增',
  update: '修改',
  delete: '删除',
  transition: '办理流转',
  approve: '审批签发',
  export: '导出',
  reveal: '查看完整个人信息',
  manage: '管理',
};

/** The roles every grant names (their labels and the platform grants are in roles.ts). */
export type RoleCode = 'admin' | 'coordinator' | 'legalStaff' | 'judicialOfficeStaff' | 'leader' | 'inspector' | 'adviser' | 'mediator' | 'correctionStaff' | 'correctionSubject';

type RoleGrants = Partial<Record<RoleCode, readonly Action[]>>;

/**
 * One module's grants: what each role may do in it (roles without an entry may do nothing). `registers` narrows a
 * role's grant on single registers (by entity type), e.g. a 法律顾问 logs services but keeps no roster.
 */
export type ModuleAccess<C extends string = string> = { module: C; grants: RoleGrants; registers?: Record<string, RoleGrants> };

// Bundles the modules' grants share.
export const allActions = actions;
export const readOnly = ['read', 'export'] as const;
export const caseWork = ['read', 'create', 'update', 'transition', 'export', 'reveal'] as const;
export const draftingWork = ['read', 'create', 'update', 'transition', 'export'] as const;
export const logWork = ['read', 'create', 'update', 'export'] as const;
// 领导签发 is the leader's: the coordinator drafts and files but does not sign.
export const allButSigning = actions.filter((a) => a !== 'approve');
