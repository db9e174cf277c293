import type { Actor } from '../access/actor.js';
import type { Db } from '../db/client.js';
import type { RegisterDef, Row } from '../register/define.js';
import { raise } from './service.js';

/** What a person reads as the record's name: its first listed text field (标题, 案号, 名称), else the register's title. */
export function recordTitle(register: RegisterDef, row: Row): string {
  const field = register.spec.fields.find((f) => f.kind === 'text' && f.list && typeof row[f.name] === 'string' && row[f.name]);
  return field ? String(row[field.name]) : register.spec.title;
}

/**
 * When someone else takes a step on a record, its submitter (who created it) gets a message: 已出具意见, 已退回,
 * 已签发… One per step taken, keyed by the record's version, so a retried request raises it once.
 */
export async function noticeToSubmitter(tx: Db, actor: Actor, register: RegisterDef, before: Row, stepLabel: string, merged: Row) {
  const submitter = before.createdBy as string | null | undefined;
  if (!submitter || submitter === actor.userId) return;
  await raise(tx, [
    {
      key: `moved:${register.spec.entity}:${before.id}:${before.version}`,
      module: register.spec.module,
      orgUnitId: before.orgUnitId,
      level: 'info',
      title: `${register.spec.title}“${recordTitle(register, merged)}”：${stepLabel}（${actor.displayName}）`,
      link: `/${register.spec.path}/${before.id}`,
      entity: { type: register.spec.entity, id: before.id },
      recipientId: submitter,
    },
  ]);
}
