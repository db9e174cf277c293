import { roleAllows, type Action, type ModuleCode } from '@fazhi/core';
import { and, eq, inArray, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { orgUnits } from '../org/tables.js';
import type { OrgTree } from '../org/tree.js';
import type { Actor } from './actor.js';
import { assignments } from './tables.js';

/**
 * The one place access is decided (DESIGN §5). A role grants actions per module; the unit where it is held
 * gives the data scope (that unit and its subtree); assignees may read their records whatever their scope, and
 * act on them where `assigneeActions` says so.
 */
export function can(actor: Actor, module: ModuleCode, action: Action, entity?: string): boolean {
  return actor.grants.some((g) => roleAllows(g.role, module, action, entity));
}

export function assertCan(actor: Actor, module: ModuleCode, action: Action, entity?: string): void {
  if (!can(actor, module, action, entity)) throw new AppError('forbidden');
}

/**
 * Entity types whose assignees, in the named assignment roles, hold further actions on the records assigned to
 * them, whatever their grants and data scope (DESIGN §5: approvals are never blocked by scope).
 */
export const assigneeActions: Record<string, { roles: readonly string[]; actions: readonly Action[] }> = {
  // 合法性审核: the reviewing officer and the 法律顾问/公职律师 start the review, ask for materials and give the opinion.
  'legalReview.request': { roles: ['reviewer', 'adviser'], actions: ['transition'] },
  // 案卷评查: reviewers from any unit score the files assigned to them (the scores route checks it is their own).
  'enforcement.reviewFile': { roles: ['reviewer'], actions: ['transition'] },
};

/**
 * Entity types whose records concern a second unit besides the owner (DESIGN §5): the named column holds it, and
 * the actor's scope over that unit gives the listed actions on the record too, and the `only` ones solely through it.
 * 协助核查: the responding unit reads the request and answers it (a transition), but does not edit or delete the
 * requesting unit's record; the requesting unit does not answer its own request.
 */
export const counterpartUnitColumns: Record<string, { column: string; actions: readonly Action[]; only?: readonly Action[] }> = {
  'certification.verification': { column: 'respondingUnitId', actions: ['read', 'export', 'transition'], only: ['transition'] },
};

/** Assignment roles that carry `action` on records of `entityType` (empty when being assigned gives only read). */
export function assigneeRolesFor(entityType: string, action: Action): readonly string[] {
  const rule = assigneeActions[entityType];
  return rule?.actions.includes(action) ? rule.roles : [];
}

/** For writes on one record: the actor holds the action by a grant, or may hold it as an assignee of the record (scopeCondition decides which rows). */
export function assertCanOn(actor: Actor, module: ModuleCode, action: Action, entityType: string): void {
  if (!can(actor, module, action, entityType) && assigneeRolesFor(entityType, action).length === 0) throw new AppError('forbidden');
}

/** Paths of the units whose subtrees the actor may act on (in one register, when named); nested paths are folded into their ancestor. */
export function scopePaths(actor: Actor, module: ModuleCode, action: Action, entity?: string): string[] {
  const paths = [...new Set(actor.grants.filter((g) => roleAllows(g.role, module, action, entity)).map((g) => g.path))].sort();
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
}

function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL: the unit column lies in one of the given subtrees. With the tree in memory the planner sees the units themselves. */
export function inSubtrees(orgUnitColumn: AnyColumn, paths: string[], tree?: OrgTree): SQL {
  if (paths.length === 0) return sql`false`;
  if (tree) return unitIn(orgUnitColumn, paths, tree);
  const prefixes = or(...paths.map((p) => sql`${orgUnits.path} like ${likePrefix(p)}`))!;
  return sql`${orgUnitColumn} in (select ${orgUnits.id} from ${orgUnits} where ${prefixes})`;
}

/** SQL: the unit column lies in the subtree of one unit (filters like "被告单位及下属"). */
export function inSubtreeOf(orgUnitColumn: AnyColumn, orgUnitId: string, tree?: OrgTree): SQL {
  if (tree) {
    const path = tree.pathOf(orgUnitId);
    return path ? unitIn(orgUnitColumn, [path], tree) : sql`false`;
  }
  return sql`${orgUnitColumn} in (select c.id from ${orgUnits} c join ${orgUnits} p on c.path like p.path || '%' where p.id = ${orgUnitId})`;
}

// The whole tree needs no predicate (unit columns reference org_units); otherwise one array parameter, passed as
// text by both drivers, so the statement's shape does not change with the number of units.
const everyUnit = sql`true`;
function unitIn(orgUnitColumn: AnyColumn, paths: string[], tree: OrgTree): SQL {
  const { count, literal } = tree.idsUnder(paths);
  if (count === 0) return sql`false`;
  if (count === tree.size) return everyUnit;
  if (count === 1) return sql`${orgUnitColumn} = ${literal}`;
  return sql`${orgUnitColumn} = any(${literal}::uuid[])`;
}

type ScopedTable = { id: AnyColumn; orgUnitId: AnyColumn };

/** The predicate every query of a module's records carries. */
export function scopeCondition(actor: Actor, module: ModuleCode, action: Action, table: ScopedTable, entityType: string): SQL {
  const paths = scopePaths(actor, module, action, entityType);
  const counterpart = counterpartUnitColumns[entityType];
  const counterpartColumn = counterpart?.actions.includes(action) ? (table as unknown as Record<string, AnyColumn | undefined>)[counterpart.column] : undefined;
  const tree = actor.orgTree;
  const byUnit = !counterpartColumn
    ? inSubtrees(table.orgUnitId, paths, tree)
    : counterpart!.only?.includes(action)
      ? inSubtrees(counterpartColumn, paths, tree)
      : or(inSubtrees(table.orgUnitId, paths, tree), inSubtrees(counterpartColumn, paths, tree))!;
  const assignedAs = (roles?: readonly string[]) =>
    sql`${table.id} in (select ${assignments.entityId} from ${assignments} where ${assignments.userId} = ${actor.userId} and ${assignments.entityType} = ${entityType}${roles ? sql` and ${inArray(assignments.role, [...roles])}` : sql``})`;
  // Whoever sees every unit sees every record: no assignment sub-query either.
  if (byUnit === everyUnit) return byUnit;
  if (action === 'read' || action === 'export') return or(byUnit, assignedAs())!;
  const roles = assigneeRolesFor(entityType, action);
  return roles.length ? or(byUnit, assignedAs(roles))! : byUnit;
}

/** True when the unit at `unitPath` lies in one of the actor's subtrees for the action (checks of many rows at once). */
export function unitPathInScope(actor: Actor, module: ModuleCode, action: Action, unitPath: string, entity?: string): boolean {
  return scopePaths(actor, module, action, entity).some((p) => unitPath.startsWith(p));
}

/** Refuses to create or move a record (of a register, when named) into a unit outside the actor's scope for that action. */
export async function assertUnitInScope(db: Db, actor: Actor, module: ModuleCode, action: Action, orgUnitId: string, field = 'orgUnitId', entity?: string): Promise<void> {
  const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, orgUnitId));
  if (!unit) throw new AppError('validation', '所选单位不存在', [{ path: field, message: '所选单位不存在' }]);
  if (!unitPathInScope(actor, module, action, unit.path, entity)) {
    throw new AppError('forbidden', '无权在所选单位下登记或修改记录');
  }
}

export async function assign(db: Db, actor: Actor, entityType: string, entityId: string, userIds: string[], role: string) {
  if (userIds.length === 0) return;
  await db
    .insert(assignments)
    .values(userIds.map((userId) => ({ entityType, entityId, userId, role, createdBy: actor.userId })))
    .onConflictDoNothing();
}

export async function assigneesOf(db: Db, entityType: string, entityIds: string[]) {
  if (entityIds.length === 0) return [];
  return db
    .select()
    .from(assignments)
    .where(and(eq(assignments.entityType, entityType), inArray(assignments.entityId, entityIds)));
}

export const notDeleted = (deletedAt: AnyColumn) => isNull(deletedAt);
