import type { PersonalDataCipher } from '../platform/crypto/sm.js';
import type { Db } from '../platform/db/client.js';
import type { FileStore } from '../platform/files/store.js';
import type { DemoOrg } from './demo-district.js';
import type { Random } from './random.js';

/** What every module's demo seed receives. Each module gets its own Random, so one module's change leaves the others' data alone. */
export type SeedContext = {
  tx: Db;
  r: Random;
  org: DemoOrg;
  /** Demo users by username → id. */
  users: Map<string, string>;
  cipher: PersonalDataCipher;
  /** Where demo evidence files go (the records' attachments). */
  files: FileStore;
  /** The demo year (the year of "today"). */
  year: number;
  /** ISO date the demo treats as today. */
  today: string;
};
