import type { VerificationDetail } from '@fazhi/core/certification';
import type { Actor } from '../../platform/access/actor.js';
import type { Services } from '../../platform/http/types.js';
import { getRecord } from '../../platform/register/service.js';
import { stepOptions } from '../../platform/workflow/engine.js';
import { verificationRegister } from './registers.js';
import { verificationFlow } from './workflow.js';

/** A request with the steps the actor may take; the responding unit reads it through policy.ts counterpartUnitColumns. */
export async function getVerification(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, verificationRegister, id);
  return { ...record, transitions: await stepOptions(services.db, actor, verificationFlow, record) } as VerificationDetail;
}
