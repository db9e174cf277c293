import { addCalendarDays, toIsoDate } from '@fazhi/core';
import { findingKinds, findingState, leaveStatus, subjectState } from '@fazhi/core/correction';
import { and, between, count, eq, isNull, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { JobDefinition } from '../../platform/jobs/runner.js';
import { raise } from '../../platform/notify/service.js';
import { notifications } from '../../platform/notify/tables.js';
import { orgUnits } from '../../platform/org/tables.js';
import { correctionFindings, correctionLeaves, correctionReports, correctionSubjects, correctionViolations } from './tables.js';

const s = correctionSubjects;
/** Local setting: the day's 日报告 is due by 18:00; the alert goes to the 司法所 that evening (the same day). */
export const checkInDeadlineHour = 18;
/** The hour on a Beijing clock (UTC+8), whatever the server's time zone. */
const beijingHour = (now: Date) => (now.getUTCHours() + 8) % 24;

/** Subjects in correction on `day` without any 报告 that day, raised once per subject and day. */
export async function raiseMissingReports(db: Db, day: string) {
  const reported = db
    .select({ id: correctionReports.subjectId })
    .from(correctionReports)
    .where(and(eq(correctionReports.reportedOn, day), isNull(correctionReports.deletedAt)));
  const rows = await db
    .select({ id: s.id, name: s.name, orgUnitId: s.orgUnitId })
    .from(s)
    .where(and(isNull(s.deletedAt), isNull(s.endedOn), lte(s.reportedOn, day), sql`${s.termEndOn} >= ${day}`, notInArray(s.id, reported)));
  return raise(
    db,
    rows.map((r) => ({
      key: `correction.missingReport:${r.id}:${day}`,
      module: 'correction' as const,
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `${r.name} ${day} 未按时报告`,
      link: `/correction/subjects/${r.id}`,
      dueOn: day,
      entity: { type: 'correction.subject', id: r.id },
    })),
  );
}

/** Leave statuses follow the calendar; an approved 外出 not closed by 销假 after its end is overdue (alert once). */
export async function refreshLeaves(db: Db, today: string) {
  const l = correctionLeaves;
  const open = await db
    .select()
    .from(l)
    .where(and(isNull(l.deletedAt), eq(l.decision, 'approved'), isNull(l.returnedOn)));
  const overdue = [];
  for (const row of open) {
    const status = leaveStatus(row, today);
    if (status !== row.status) await db.update(l).set({ status }).where(eq(l.id, row.id));
    if (status === 'overdue') overdue.push(row);
  }
  return raise(
    db,
    overdue.map((r) => ({
      key: `correction.leaveOverdue:${r.id}`,
      module: 'correction' as const,
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `${r.subjectName} 外出（${r.destination}）应于${r.endOn}返回，至今未销假`,
      link: `/correction/leaves/${r.id}`,
      dueOn: r.endOn,
      entity: { type: 'correction.subject', id: r.subjectId },
    })),
  );
}

/**
 * 检察监督 (第8条, 第62条): a finding not rectified by its reply deadline turns overdue and raises one alert to the
 * addressed unit (a 司法所, or the 社区矫正机构), which shows in its 待办 like the other overdue items.
 */
export async function refreshFindings(db: Db, today: string) {
  const f = correctionFindings;
  const open = await db
    .select()
    .from(f)
    .where(and(isNull(f.deletedAt), isNull(f.rectifiedOn)));
  const overdue = [];
  for (const row of open) {
    const state = findingState(row, today);
    if (state !== row.state) await db.update(f).set({ state }).where(eq(f.id, row.id));
    if (state === 'overdue') overdue.push(row);
  }
  return raise(
    db,
    overdue.map((r) => ({
      key: `correction.findingOverdue:${r.id}`,
      module: 'correction' as const,
      orgUnitId: r.orgUnitId,
      level: 'alert' as const,
      title: `${findingKinds.label(r.kind)}（${r.foundOn}）应于${r.replyDueOn}前整改回复，至今未整改`,
      link: `/correction/findings/${r.id}`,
      dueOn: r.replyDueOn,
      entity: { type: 'correction.finding', id: r.id },
    })),
  );
}

/** States move with the calendar (期满未解除 once the term has passed). */
export async function refreshSubjectStates(db: Db, today: string) {
  const rows = await db
    .select()
    .from(s)
    .where(and(isNull(s.deletedAt), or(isNull(s.endedOn), ne(s.state, 'released'))));
  let changed = 0;
  for (const row of rows) {
    const state = subjectState(row, today);
    if (state === row.state) continue;
    await db.update(s).set({ state }).where(eq(s.id, row.id));
    changed++;
  }
  return changed;
}

/** The 25th: figures for each 司法所's 矫情分析会 (in number, new, released, violations, alerts, 外出) of the month so far. */
export async function prepareMeetingFigures(db: Db, day: string) {
  const from = `${day.slice(0, 7)}-01`;
  const offices = await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.kind, 'judicialOffice'));
  const notices = [];
  for (const o of offices) {
    const num = async (q: Promise<{ n: number }[]>) => (await q)[0]?.n ?? 0;
    const inCorrection = await num(
      db
        .select({ n: count() })
        .from(s)
        .where(and(eq(s.orgUnitId, o.id), isNull(s.deletedAt), isNull(s.endedOn), lte(s.termStartOn, day))),
    );
    const added = await num(
      db
        .select({ n: count() })
        .from(s)
        .where(and(eq(s.orgUnitId, o.id), isNull(s.deletedAt), between(s.termStartOn, from, day))),
    );
    const released = await num(
      db
        .select({ n: count() })
        .from(s)
        .where(and(eq(s.orgUnitId, o.id), isNull(s.deletedAt), between(s.endedOn, from, day))),
    );
    const violations = await num(
      db
        .select({ n: count() })
        .from(correctionViolations)
        .where(and(eq(correctionViolations.orgUnitId, o.id), isNull(correctionViolations.deletedAt), between(correctionViolations.occurredOn, from, day))),
    );
    const leaves = await num(
      db
        .select({ n: count() })
        .from(correctionLeaves)
        .where(and(eq(correctionLeaves.orgUnitId, o.id), isNull(correctionLeaves.deletedAt), between(correctionLeaves.startOn, from, day))),
    );
    const n = notifications;
    const alerts = await num(
      db
        .select({ n: count() })
        .from(n)
        .where(and(eq(n.orgUnitId, o.id), eq(n.module, 'correction'), eq(n.level, 'alert'), sql`${n.createdAt} >= ${from}::date`)),
    );
    if (inCorrection + added + released === 0) continue;
    notices.push({
      key: `correction.meetingFigures:${o.id}:${day.slice(0, 7)}`,
      module: 'correction' as const,
      orgUnitId: o.id,
      level: 'reminder' as const,
      title: `${o.name}${day.slice(0, 7)}矫情分析会：在矫${inCorrection}名，新接收${added}名，解除/终止${released}名，违规${violations}人次，预警${alerts}条，外出${leaves}人次`,
      link: '/correction/meetings',
      dueOn: day,
    });
  }
  return raise(db, notices);
}

export const correctionJobs: JobDefinition[] = [
  {
    kind: 'correction.missingReports',
    schedule: (now) => (beijingHour(now) >= checkInDeadlineHour ? [{ key: `correction.missingReports:${toIsoDate(now)}`, payload: { day: toIsoDate(now) } }] : []),
    run: async ({ services, payload }) => {
      await raiseMissingReports(services.db, String(payload.day));
    },
  },
  {
    kind: 'correction.daily',
    schedule: (now) => [{ key: `correction.daily:${toIsoDate(now)}`, payload: { today: toIsoDate(now) } }],
    run: async ({ services, payload }) => {
      const today = String(payload.today);
      await refreshSubjectStates(services.db, today);
      await refreshLeaves(services.db, today);
      await refreshFindings(services.db, today);
      // Yesterday too, in case the evening run was missed (the keys keep each alert single).
      await raiseMissingReports(services.db, addCalendarDays(today, -1));
    },
  },
  {
    kind: 'correction.meetingFigures',
    schedule: (now) => (Number(toIsoDate(now).slice(8)) >= 25 ? [{ key: `correction.meetingFigures:${toIsoDate(now).slice(0, 7)}`, payload: { day: `${toIsoDate(now).slice(0, 7)}-25` } }] : []),
    run: async ({ services, payload }) => {
      await prepareMeetingFigures(services.db, String(payload.day));
    },
  },
];
