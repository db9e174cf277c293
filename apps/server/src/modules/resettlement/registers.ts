import { maskIdNumber, maskPhone } from '@fazhi/core';
import { activitySpec, helpEndOn, personProblems, personSpec } from '@fazhi/core/resettlement';
import { eq } from 'drizzle-orm';
import { refuse } from '../../platform/http/errors.js';
import { orgUnits } from '../../platform/org/tables.js';
import { defineRegister } from '../../platform/register/define.js';
import { resettlementActivities, resettlementPersons } from './tables.js';

export const personRegister = defineRegister({
  spec: personSpec,
  table: resettlementPersons,
  // One person, one record: the masked ID number (birth date and last digits) with the name and release date.
  naturalKey: ['name', 'releasedOn', 'orgUnitId'],
  secretColumns: ['idNumberEnc', 'phoneEnc'],
  revealable: { idNumber: { column: 'idNumberEnc', label: '安置帮教对象公民身份号码' }, phone: { column: 'phoneEnc', label: '安置帮教对象联系电话' } },
  prepare: async (input, { tx, services, before }) => {
    const { idNumber, phone, ...fields } = input;
    const merged = { ...before, ...fields };
    refuse(personProblems(merged));
    if ('orgUnitId' in fields) {
      const [unit] = await tx
        .select({ kind: orgUnits.kind })
        .from(orgUnits)
        .where(eq(orgUnits.id, String(fields.orgUnitId)));
      if (unit?.kind !== 'judicialOffice') refuse([{ path: 'orgUnitId', message: '负责单位应选择司法所' }]);
    }
    const values: Record<string, unknown> = { ...fields };
    if (typeof fields.releasedOn === 'string') values.helpEndOn = helpEndOn(fields.releasedOn);
    if (typeof idNumber === 'string') {
      values.idNumberEnc = services.cipher.encrypt(idNumber);
      values.idNumberMasked = maskIdNumber(idNumber);
    }
    if (typeof phone === 'string') {
      values.phoneEnc = services.cipher.encrypt(phone);
      values.phoneMasked = maskPhone(phone);
    }
    return values;
  },
});

/** A 帮教记录 is filed under its person's 司法所; the kit has already checked the actor may read the person. */
export const activityRegister = defineRegister({
  spec: activitySpec,
  table: resettlementActivities,
  naturalKey: ['personId', 'occurredOn', 'kind'],
  prepare: async (input, { tx, before }) => {
    const personId = (input.personId ?? before?.personId) as string;
    const [person] = await tx
      .select({ name: resettlementPersons.name, orgUnitId: resettlementPersons.orgUnitId, releasedOn: resettlementPersons.releasedOn })
      .from(resettlementPersons)
      .where(eq(resettlementPersons.id, personId));
    if (!person) refuse([{ path: 'personId', message: '所选帮教对象不存在' }]);
    if (typeof input.personId === 'string' && person!.orgUnitId !== input.orgUnitId) refuse([{ path: 'personId', message: '该帮教对象不属于所选司法所' }]);
    if (String(input.occurredOn ?? before?.occurredOn) < person!.releasedOn) refuse([{ path: 'occurredOn', message: '帮教日期不能早于释放日期' }]);
    return typeof input.personId === 'string' ? { ...input, personName: person!.name } : input;
  },
});

export const resettlementRegisters = [personRegister, activityRegister];
