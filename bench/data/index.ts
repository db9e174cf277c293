import type { PgTable } from 'drizzle-orm/pg-core';
import type { PersonalDataCipher } from '../../apps/server/src/platform/crypto/sm.js';
import type { Db } from '../../apps/server/src/platform/db/client.js';
import type { Random } from '../../apps/server/src/seed/random.js';
import { certificationData } from './certification.js';
import { correctionData } from './correction.js';
import { decisionsData } from './decisions.js';
import { judicialOfficesData } from './judicial-offices.js';
import { publicityData } from './publicity.js';
import { inspectionData } from './inspection.js';
import { studyData } from './study.js';
import { enforcementData } from './enforcement.js';
import { legalAdvisersData } from './legal-advisers.js';
import { legalReviewData } from './legal-review.js';
import { litigationData } from './litigation.js';
import { mediationData } from './mediation.js';
import { normativeDocsData } from './normative-docs.js';
import { resettlementData } from './resettlement.js';
import type { BenchOrg } from './platform.js';

/** What every module generator gets: one transaction, the org tree, the period, and a batched insert. */
export type DataContext = {
  tx: Db;
  /** 1 ≈ one district-year of this module's records; N ≈ N times that. */
  scale: number;
  /** Calendar years the data is spread over, oldest first (up to five). */
  years: number[];
  /** The day the data describes: records are dated on or before it, open cases are open as of it. */
  asOf: string;
  org: BenchOrg;
  cipher: PersonalDataCipher;
  /** This module's own deterministic stream, so adding a module never changes another module's data. */
  random: Random;
  /** A deterministic UUID (from a separate stream, so ids never shift the content). */
  newId: () => string;
  /** Multi-row INSERTs in batches; counts rows per table for the rows/s report. */
  insert: <T extends PgTable>(table: T, rows: T['$inferInsert'][]) => Promise<void>;
};

export type DataGenerator = {
  module: string;
  generate: (ctx: DataContext) => Promise<void>;
};

/** Every module's generator, in order. A new module appends its own (one file per module in this folder). */
export const dataGenerators: DataGenerator[] = [
  litigationData,
  legalReviewData,
  normativeDocsData,
  decisionsData,
  legalAdvisersData,
  judicialOfficesData,
  mediationData,
  publicityData,
  studyData,
  enforcementData,
  certificationData,
  resettlementData,
  inspectionData,
  correctionData,
];
