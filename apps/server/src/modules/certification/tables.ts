import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

// Tables of 证明事项 and 政务服务 statistics (certification).
const day = (name: string) => date(name, { mode: 'string' });

/** 证明事项清单: the owner unit is the unit that asks for the 证明; adjustments show in the audit history with their 文号. */
export const certItems = pgTable(
  'cert_items',
  {
    ...businessColumns(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    legalBasis: text('legal_basis').notNull(),
    settingBasis: text('setting_basis'),
    handling: text('handling').notNull(),
    commitmentApplies: boolean('commitment_applies').notNull().default(false),
    effectiveOn: day('effective_on').notNull(),
    lastAdjustment: text('last_adjustment'),
    adjustedOn: day('adjusted_on'),
    adjustmentDocument: text('adjustment_document'),
    note: text('note'),
  },
  (t) => [index('cert_items_org_idx').on(t.orgUnitId), uniqueIndex('cert_items_code_uq').on(t.code).where(sql`deleted_at is null`)],
);

/** 行政协助核查: owned by the requesting unit; the responding unit reads and answers it (policy.ts counterpartUnitColumns). */
export const certVerifications = pgTable(
  'cert_verifications',
  {
    ...businessColumns(),
    respondingUnitId: uuid('responding_unit_id').notNull(),
    itemId: uuid('item_id').notNull(),
    itemName: text('item_name').notNull(),
    matter: text('matter').notNull(),
    requestedOn: day('requested_on').notNull(),
    /** requestedOn + the district's working-day limit (rules.ts). */
    dueOn: day('due_on').notNull(),
    state: text('state').notNull().default('requested'),
    result: text('result'),
    answeredOn: day('answered_on'),
    answerNote: text('answer_note'),
    returnReason: text('return_reason'),
    /** Set by the daily scan when unanswered past dueOn, or on an answer after it. */
    overdue: boolean('overdue').notNull().default(false),
    note: text('note'),
  },
  (t) => [index('cert_verifications_org_idx').on(t.orgUnitId), index('cert_verifications_resp_idx').on(t.respondingUnitId), index('cert_verifications_due_idx').on(t.dueOn)],
);

/** 政务服务 monthly figures: one row per unit and month. */
export const certServiceStats = pgTable(
  'cert_service_stats',
  {
    ...businessColumns(),
    month: text('month').notNull(),
    /** The month's first day, so periods and month breakdowns work on a date. */
    monthOn: day('month_on').notNull(),
    eLicenseServices: integer('e_license_services').notNull(),
    crossProvinceItems: integer('cross_province_items').notNull(),
    crossProvinceCases: integer('cross_province_cases').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('cert_service_stats_unit_month_uq').on(t.orgUnitId, t.month).where(sql`deleted_at is null`)],
);
