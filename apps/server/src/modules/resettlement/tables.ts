import { boolean, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

// Tables of 安置帮教 (resettlement). The owning unit is the 司法所 responsible for the person.
const day = (name: string) => date(name, { mode: 'string' });

/** 刑满释放人员 in the 帮教 of a 司法所: 衔接, 安置 and 帮教 facts on one row; ID number and phone SM4-encrypted. */
export const resettlementPersons = pgTable(
  'resettlement_persons',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    householdAddress: text('household_address').notNull(),
    residenceAddress: text('residence_address').notNull(),
    crime: text('crime').notNull(),
    sentence: text('sentence').notNull(),
    prison: text('prison').notNull(),
    releasedOn: day('released_on').notNull(),
    helpEndOn: day('help_end_on').notNull(),
    keyPerson: boolean('key_person').notNull().default(false),
    noticeReceivedOn: day('notice_received_on'),
    handoverOn: day('handover_on'),
    handoverMode: text('handover_mode'),
    placementKind: text('placement_kind'),
    placedOn: day('placed_on'),
    helpTeam: text('help_team'),
    riskLevel: text('risk_level').notNull(),
    lostContact: boolean('lost_contact').notNull().default(false),
    note: text('note'),
  },
  (t) => [index('resettlement_persons_org_idx').on(t.orgUnitId, t.releasedOn), index('resettlement_persons_period_idx').on(t.releasedOn, t.helpEndOn)],
);

/** 帮教记录: one visit, talk or help given to a person; the unit is the person's 司法所. */
export const resettlementActivities = pgTable(
  'resettlement_activities',
  {
    ...businessColumns(),
    personId: uuid('person_id')
      .notNull()
      .references(() => resettlementPersons.id),
    personName: text('person_name').notNull(),
    occurredOn: day('occurred_on').notNull(),
    kind: text('kind').notNull(),
    content: text('content').notNull(),
    participants: text('participants'),
  },
  (t) => [index('resettlement_activities_org_idx').on(t.orgUnitId, t.occurredOn), index('resettlement_activities_person_idx').on(t.personId, t.occurredOn)],
);
