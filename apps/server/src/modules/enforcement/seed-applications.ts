import { addCalendarDays, maskIdNumber } from '@fazhi/core';
import type { Row } from '../../platform/register/define.js';
import { searchTextOf } from '../../platform/register/service.js';
import type { SeedContext } from '../../seed/context.js';
import { idNumber, personName } from '../../seed/people.js';
import { Random } from '../../seed/random.js';
import { applicationRegister } from './application-registers.js';
import { enforcementApplications } from './tables.js';

type Issued = {
  orgUnitId: string;
  bodyId: string;
  bodyName: string;
  name: string;
  gender: string;
  idNumberEnc: string;
  idNumberMasked: string;
  post: string;
  kind: string;
  officerId: string;
  certificateId: string;
  number: string;
  issuedOn: string;
};
type Body = { id: string; name: string; orgUnitId: string };

/**
 * 新申领: every certificate the demo issued this year has its application (考试 a month before 发证), and a few are
 * still on the way: waiting for the exam, failed and waiting for the 补考, passed and waiting for the certificate, refused.
 */
export async function seedApplications(ctx: SeedContext, issued: Issued[], bodies: Body[]): Promise<number> {
  const { tx, year, today, cipher } = ctx;
  // A stream of its own, so adding applications leaves every other demo record as it was.
  const r = new Random(2023_1205);
  const by = ctx.users.get('fzb') ?? null;
  const rows: Record<string, unknown>[] = issued.map((c) => {
    const examOn = addCalendarDays(c.issuedOn, -r.int(10, 30));
    return {
      ...c,
      appliedOn: addCalendarDays(examOn, -r.int(20, 40)),
      state: 'issued',
      examOn,
      examScore: r.int(62, 96),
      certificateNumber: c.number,
      createdBy: by,
    };
  });
  const pending = [
    { state: 'applied' },
    { state: 'applied' },
    { state: 'applied' },
    { state: 'failed', examScore: 52 },
    { state: 'passed', examScore: 78 },
    { state: 'passed', examScore: 85 },
    { state: 'refused', refuseReason: '非在编在岗人员，不符合申领条件' },
  ];
  for (const p of pending) {
    const body = r.pick(bodies);
    const id = idNumber(r);
    const appliedOn = addCalendarDays(today, -r.int(15, 40));
    const examOn = 'examScore' in p ? addCalendarDays(appliedOn, 10) : null;
    rows.push({
      orgUnitId: body.orgUnitId,
      bodyId: body.id,
      bodyName: body.name,
      name: personName(r),
      gender: r.chance(0.6) ? 'male' : 'female',
      idNumberEnc: cipher.encrypt(id),
      idNumberMasked: maskIdNumber(id),
      post: 'civilServant',
      kind: 'enforcement',
      appliedOn: appliedOn < `${year}-01-01` ? `${year}-01-02` : appliedOn,
      examOn,
      decidedOn: 'refuseReason' in p ? addCalendarDays(appliedOn, 5) : null,
      createdBy: by,
      ...p,
    });
  }
  for (const row of rows) row.searchText = searchTextOf(applicationRegister, row as Row);
  await tx.insert(enforcementApplications).values(rows as (typeof enforcementApplications.$inferInsert)[]);
  return rows.length;
}
