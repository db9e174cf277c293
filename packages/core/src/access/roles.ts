/** Lines of work (and platform areas) that grants name. A new module adds itself here. */
export const moduleCodes = ['org', 'users', 'audit', 'litigation', 'legalReview', 'normativeDocs', 'decisions', 'legalAdvisers', 'reports'] as const;
export type ModuleCode = (typeof moduleCodes)[number];

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

type Grants = Partial<Record<ModuleCode, readonly Action[]>>;

const all = actions;
const readOnly = ['read', 'export'] as const;
const caseWork = ['read', 'create', 'update', 'transition', 'export', 'reveal'] as const;
const draftingWork = ['read', 'create', 'update', 'transition', 'export'] as const;
const logWork = ['read', 'create', 'update', 'export'] as const;
// 领导签发 is the leader's: the coordinator drafts and files the report but does not sign it.
const allButSigning = actions.filter((a) => a !== 'approve');

/**
 * Roles and what they may do per module. The org unit where a user holds a role gives the data scope
 * (that unit and its subtree); this table gives the actions. It is the single policy the server enforces.
 */
export const roles = {
  admin: { label: '系统管理员', grants: { org: all, users: all, audit: ['read', 'export'] } },
  coordinator: {
    label: '法治办（司法局）统筹人员',
    grants: {
      org: ['read'],
      users: ['read'],
      audit: ['read'],
      litigation: all,
      legalReview: all,
      normativeDocs: allButSigning,
      decisions: all,
      legalAdvisers: all,
      reports: allButSigning,
    },
  },
  // Units answer the coordinator's requests for report material: `update` covers submitting it.
  legalStaff: {
    label: '部门法制机构人员',
    grants: { org: ['read'], litigation: caseWork, legalReview: draftingWork, normativeDocs: draftingWork, decisions: draftingWork, legalAdvisers: logWork, reports: ['read', 'update'] },
  },
  // 司法所 reviews its 街道's matters (街道合法性审查全覆盖) and keeps the 村(社区) advisers' service logs.
  judicialOfficeStaff: {
    label: '司法所工作人员',
    grants: { org: ['read'], litigation: ['read'], legalReview: draftingWork, normativeDocs: ['read'], decisions: draftingWork, legalAdvisers: logWork, reports: ['read', 'update'] },
  },
  // 签发 of a normative document is the leader's `approve`, as 领导签发 of the annual report is.
  leader: {
    label: '领导',
    grants: { org: ['read'], litigation: readOnly, legalReview: readOnly, normativeDocs: ['read', 'export', 'approve'], decisions: readOnly, legalAdvisers: readOnly, reports: ['read', 'export', 'approve'] },
  },
  inspector: {
    label: '督察人员',
    grants: { org: ['read'], audit: ['read'], litigation: ['read'], legalReview: ['read'], normativeDocs: ['read'], decisions: ['read'], legalAdvisers: ['read'], reports: ['read'] },
  },
  // Advisers see the reviews they are assigned to (policy.ts), not every review of the district.
  adviser: { label: '法律顾问 / 公职律师', grants: { org: ['read'], legalAdvisers: ['read', 'create'] } },
} as const satisfies Record<string, { label: string; grants: Grants }>;

export type RoleCode = keyof typeof roles;
export const roleCodes = Object.keys(roles) as [RoleCode, ...RoleCode[]];

export function roleAllows(role: RoleCode, module: ModuleCode, action: Action): boolean {
  const grants: Grants = roles[role].grants;
  return grants[module]?.includes(action) ?? false;
}
