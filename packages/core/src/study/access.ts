import { allActions, logWork, readOnly, type ModuleAccess } from '../access/actions.js';

// 法治办 keeps the bank, the exams and the district's registers; units keep their own 学法 records and leaders.
// Taking an exam needs no grant: a candidate acts only on the sittings enrolled to them (service.ts, ownSitting).
export const studyAccess = {
  module: 'study',
  grants: { coordinator: allActions, legalStaff: logWork, judicialOfficeStaff: logWork, leader: readOnly, inspector: ['read'] },
} as const satisfies ModuleAccess;
