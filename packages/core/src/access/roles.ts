import { decisionsAccess } from '../decisions/access.js';
import { judicialOfficesAccess } from '../judicial-offices/access.js';
import { legalAdvisersAccess } from '../legal-advisers/access.js';
import { enforcementAccess } from '../enforcement/access.js';
import { legalReviewAccess } from '../legal-review/access.js';
import { litigationAccess } from '../litigation/access.js';
import { certificationAccess } from '../certification/access.js';
import { correctionAccess, correctionSelfAccess } from '../correction/access.js';
import { mediationAccess } from '../mediation/access.js';
import { normativeDocsAccess } from '../normative-docs/access.js';
import { publicityAccess } from '../publicity/access.js';
import { inspectionAccess } from '../inspection/access.js';
import { reportsAccess } from '../reports/access.js';
import { resettlementAccess } from '../resettlement/access.js';
import { studyAccess } from '../study/access.js';
import { actions, type Action, type ModuleAccess, type RoleCode } from './actions.js';

export { actionLabels, actions, type Action, type ModuleAccess, type RoleCode } from './actions.js';

/** Every line of work's grants, beside its contract (packages/core/src/<m>/access.ts). A new module adds one line. */
const moduleAccess = [
  litigationAccess,
  legalReviewAccess,
  normativeDocsAccess,
  decisionsAccess,
  legalAdvisersAccess,
  judicialOfficesAccess,
  mediationAccess,
  publicityAccess,
  enforcementAccess,
  certificationAccess,
  resettlementAccess,
  inspectionAccess,
  studyAccess,
  correctionAccess,
  correctionSelfAccess,
  reportsAccess,
] as const;

const platformModules = ['org', 'users', 'audit'] as const;
/** Lines of work (and platform areas) that grants name. */
export const moduleCodes = [...platformModules, ...moduleAccess.map((m) => m.module)] as const;
export type ModuleCode = (typeof platformModules)[number] | (typeof moduleAccess)[number]['module'];

type Grants = Partial<Record<ModuleCode, readonly Action[]>>;

/** The platform's own areas; each module's grants come from its access.ts. */
const platformGrants: Record<RoleCode, Grants> = {
  admin: { org: actions, users: actions, audit: ['read', 'export', 'manage'] },
  coordinator: { org: ['read'], users: ['read'], audit: ['read'] },
  legalStaff: { org: ['read'] },
  judicialOfficeStaff: { org: ['read'] },
  leader: { org: ['read'] },
  inspector: { org: ['read'], audit: ['read'] },
  adviser: { org: ['read'] },
  mediator: { org: ['read'] },
  correctionStaff: { org: ['read'] },
  // A person under correction signs in to the phone app only: no org tree, no users.
  correctionSubject: {},
};

const labels: Record<RoleCode, string> = {
  admin: '系统管理员',
  coordinator: '法治办（司法局）统筹人员',
  legalStaff: '部门法制机构人员',
  judicialOfficeStaff: '司法所工作人员',
  leader: '领导',
  inspector: '督察人员',
  adviser: '法律顾问 / 公职律师',
  mediator: '人民调解员',
  correctionStaff: '社区矫正工作人员',
  correctionSubject: '社区矫正对象（在矫通）',
};

function grantsOf(role: RoleCode): Grants {
  const grants: Grants = { ...platformGrants[role] };
  for (const m of moduleAccess) {
    const granted: readonly Action[] | undefined = (m.grants as Partial<Record<RoleCode, readonly Action[]>>)[role];
    if (granted) grants[m.module] = granted;
  }
  return grants;
}

/**
 * Roles and what they may do per module. The org unit where a user holds a role gives the data scope
 * (that unit and its subtree); the grants give the actions. It is the single policy the server enforces.
 */
export const roles = Object.fromEntries(Object.entries(labels).map(([role, label]) => [role, { label, grants: grantsOf(role as RoleCode) }])) as Record<RoleCode, { label: string; grants: Grants }>;

export const roleCodes = Object.keys(labels) as [RoleCode, ...RoleCode[]];

/** Per register (entity type), the roles whose grant there is narrower than their module's. */
export const registerGrants: Record<string, { module: ModuleCode; grants: Partial<Record<RoleCode, readonly Action[]>> }> = Object.fromEntries(
  moduleAccess.flatMap((m) => Object.entries((m as ModuleAccess).registers ?? {}).map(([entity, grants]) => [entity, { module: m.module, grants }])),
);

/** Whether the role may do `action` in the module — on the named register when one is given (its narrower grant wins). */
export function roleAllows(role: RoleCode, module: ModuleCode, action: Action, entity?: string): boolean {
  if (!(roles[role].grants[module]?.includes(action) ?? false)) return false;
  const narrowed = entity ? registerGrants[entity]?.grants[role] : undefined;
  return narrowed ? narrowed.includes(action) : true;
}
