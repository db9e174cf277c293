import type { Actor } from '../access/actor.js';
import type { Db } from '../db/client.js';
import type { RegisterDef, Row } from '../register/define.js';
import { recordTitle } from '../register/record-title.js';
import { raise } from './service.js';

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
