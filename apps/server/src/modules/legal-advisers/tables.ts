import { date, doublePrecision, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../platform/db/columns.js';

// Tables of 法律顾问与公职律师 (legalAdvisers).
const day = (name: string) => date(name, { mode: 'string' });

/** 法律顾问: a lawyer or a law firm under contract; the phone is SM4-encrypted with a masked copy for display. */
export const legalAdvisers = pgTable(
  'legal_advisers',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    lawFirm: text('law_firm'),
    licenseNumber: text('license_number'),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    contractNumber: text('contract_number').notNull(),
    contractStartOn: day('contract_start_on').notNull(),
    contractEndOn: day('contract_end_on').notNull(),
    /** Derived from the contract dates; refreshed daily by the reminder job. */
    state: text('state').notNull(),
    fee: integer('fee'),
    servedUnitCount: integer('served_unit_count').notNull().default(0),
    /** Names of the units served, for keyword search. */
    servedUnitNames: text('served_unit_names').notNull().default(''),
    enterprisesServed: text('enterprises_served'),
    /** The adviser's own account, so their log entries default to them. */
    userId: uuid('user_id'),
    note: text('note'),
  },
  (t) => [index('legal_advisers_org_idx').on(t.orgUnitId), index('legal_advisers_end_idx').on(t.contractEndOn), index('legal_advisers_user_idx').on(t.userId)],
);

/** The units an adviser serves (村(社区), 街道, departments): coverage counts these. */
export const legalAdviserUnits = pgTable(
  'legal_adviser_units',
  {
    adviserId: uuid('adviser_id').notNull(),
    orgUnitId: uuid('org_unit_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.adviserId, t.orgUnitId] }), index('legal_adviser_units_unit_idx').on(t.orgUnitId)],
);

/** 公职律师: the owning unit is the lawyer's own unit. */
export const publicLawyers = pgTable(
  'legal_public_lawyers',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    certificateNumber: text('certificate_number').notNull(),
    post: text('post').notNull(),
    certificateIssuedOn: day('certificate_issued_on').notNull(),
    /** The latest 年度考核 on file (the certificate has no expiry date). */
    assessmentYear: integer('assessment_year'),
    assessmentResult: text('assessment_result'),
    leftOn: day('left_on'),
    /** 注销: the only end of a 公职律师证; from this day the lawyer no longer counts as in post. */
    revokedOn: day('revoked_on'),
    revokeReason: text('revoke_reason'),
    /** Derived from 注销, leftOn and the 年度考核 (publicLawyerState); refreshed daily. */
    state: text('state').notNull(),
    note: text('note'),
  },
  (t) => [index('legal_public_lawyers_org_idx').on(t.orgUnitId), index('legal_public_lawyers_issued_idx').on(t.certificateIssuedOn)],
);

/** 服务台账: one service given to a unit (the owner) by an adviser or a public lawyer. */
export const legalServices = pgTable(
  'legal_services',
  {
    ...businessColumns(),
    kind: text('kind').notNull(),
    servedOn: day('served_on').notNull(),
    adviserId: uuid('adviser_id'),
    publicLawyerId: uuid('public_lawyer_id'),
    /** Kept with the entry so lists and exports need no join (and survive a renamed roster entry as logged). */
    providerName: text('provider_name').notNull(),
    reviewRequestId: uuid('review_request_id'),
    reviewRequestTitle: text('review_request_title'),
    subject: text('subject').notNull(),
    // Half-hour steps are exact in binary floating point, so sums stay exact.
    hours: doublePrecision('hours').notNull(),
    outcome: text('outcome'),
    /** 党政机关 / 村(社区) / 园区及企业, from the served unit's kind at write time (codes servedGroups). */
    servedGroup: text('served_group').notNull().default('government'),
    persons: integer('persons').notNull().default(1),
    enterpriseId: uuid('enterprise_id'),
    enterpriseName: text('enterprise_name'),
    themeId: uuid('theme_id'),
    themeTitle: text('theme_title'),
  },
  (t) => [
    index('legal_services_group_idx').on(t.servedGroup, t.servedOn),
    index('legal_services_enterprise_idx').on(t.enterpriseId),
    index('legal_services_theme_idx').on(t.themeId),
    index('legal_services_org_idx').on(t.orgUnitId),
    index('legal_services_served_idx').on(t.servedOn),
    index('legal_services_adviser_idx').on(t.adviserId),
    index('legal_services_lawyer_idx').on(t.publicLawyerId),
    index('legal_services_creator_idx').on(t.createdBy),
  ],
);

/** 园区企业: owned by the 园区 unit, so a park's adviser and staff see its own enterprises. */
export const legalParkEnterprises = pgTable(
  'legal_park_enterprises',
  {
    ...businessColumns(),
    name: text('name').notNull(),
    creditCode: text('credit_code').notNull(),
    industry: text('industry'),
    note: text('note'),
  },
  (t) => [index('legal_park_enterprises_org_idx').on(t.orgUnitId), index('legal_park_enterprises_code_idx').on(t.creditCode)],
);

/** 一月一主题: the month's theme for the 村(社区) under the deploying unit (the owner). */
export const legalMonthlyThemes = pgTable(
  'legal_monthly_themes',
  {
    ...businessColumns(),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    monthOn: day('month_on').notNull(),
    title: text('title').notNull(),
    content: text('content'),
  },
  (t) => [index('legal_monthly_themes_org_idx').on(t.orgUnitId), index('legal_monthly_themes_month_idx').on(t.monthOn)],
);
