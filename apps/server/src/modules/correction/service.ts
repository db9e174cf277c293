import { randomBytes, randomInt } from 'node:crypto';
import { addCalendarDays, toIsoDate } from '@fazhi/core';
import {
  addMonths,
  type CheckInInput,
  educationSpec,
  impossibleLocation,
  monthlyHoursTarget,
  type StudyMaterialId,
  studyMaterials,
  leaveApprovalLevel,
  leaveEnd,
  leaveStatus,
  maxPhotoBytes,
  subjectSpec,
} from '@fazhi/core/correction';
import { and, asc, between, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { assertCan, scopeCondition } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/service.js';
import { auditActorOf } from '../../platform/auth/service.js';
import { hashPassword } from '../../platform/auth/password.js';
import { roleGrants, users } from '../../platform/auth/tables.js';
import { AppError, refuse } from '../../platform/http/errors.js';
import type { Services } from '../../platform/http/types.js';
import { notifications } from '../../platform/notify/tables.js';
import { orgUnits } from '../../platform/org/tables.js';
import type { Row } from '../../platform/register/define.js';
import { getRecord, loadForWrite, searchTextOf } from '../../platform/register/service.js';
import { educationRegister, leaveRegister, reportRegister, subjectRegister } from './registers.js';
import { correctionEducations, correctionLeaves, correctionReports, correctionSubjects } from './tables.js';

const today = () => toIsoDate(new Date());

/** 第4条/第26条: a subject's detail is personal data — every read is written to the audit log. */
export async function subjectDetail(services: Services, actor: Actor, id: string) {
  const record = await getRecord(services, actor, subjectRegister, id);
  await services.db.transaction((tx) => recordAudit(tx, auditActorOf(actor), { action: 'read', entityType: subjectSpec.entity, entityId: id, summary: `查看社区矫正对象${String(record.name)}详情` }));
  return record;
}

const revealColumns = { idNumber: ['idNumberEnc', '公民身份号码'], phone: ['phoneEnc', '联系电话'], address: ['addressEnc', '居住地址'] } as const;

/** Shows one full personal field to a user holding `reveal` over the subject's 司法所, logging who and why. */
export async function revealSubjectField(services: Services, actor: Actor, id: string, field: keyof typeof revealColumns, reason: string) {
  const record = await getRecord(services, actor, subjectRegister, id);
  const [row] = await services.db
    .select()
    .from(correctionSubjects)
    .where(and(eq(correctionSubjects.id, id), scopeCondition(actor, 'correction', 'reveal', correctionSubjects, subjectSpec.entity)));
  if (!row) throw new AppError('forbidden', '没有查看完整个人信息的权限');
  const [column, label] = revealColumns[field];
  await services.db.transaction((tx) =>
    recordAudit(tx, auditActorOf(actor), { action: 'reveal', entityType: subjectSpec.entity, entityId: id, summary: `查看社区矫正对象${String(record.name)}${label}：${reason}` }),
  );
  return { field, value: services.cipher.decrypt(row[column]) };
}

/** A subject's reports day by day; days in correction without any 报告 are marked missing. */
export async function subjectTimeline(services: Services, actor: Actor, id: string, from?: string, to?: string) {
  const subject = await getRecord(services, actor, subjectRegister, id);
  const end = to ?? today();
  const start = from ?? addCalendarDays(end, -29);
  if (start > end) refuse([{ path: 'from', message: '开始日期不能晚于结束日期' }]);
  if (addCalendarDays(start, 366) < end) refuse([{ path: 'from', message: '一次最多查看一年' }]);
  // The subject's reports share its 司法所 (linkedSubject checks it on every write): reading the subject decides.
  const rows = await services.db
    .select()
    .from(correctionReports)
    .where(and(eq(correctionReports.subjectId, id), isNull(correctionReports.deletedAt), between(correctionReports.reportedOn, start, end)))
    .orderBy(asc(correctionReports.reportedOn), asc(correctionReports.createdAt));
  const firstDay = String(subject.reportedOn ?? subject.termStartOn);
  const lastDay = String(subject.endedOn ?? subject.termEndOn);
  const days = [];
  let missingDays = 0;
  for (let d = start; d <= end; d = addCalendarDays(d, 1)) {
    const reports = rows
      .filter((r) => r.reportedOn === d)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        content: r.content,
        nilReport: r.nilReport,
        hasPhoto: r.photoSha256 != null,
        locationFlag: r.locationFlag,
        latitude: r.latitude,
        longitude: r.longitude,
      }));
    const missing = reports.length === 0 && d >= firstDay && d <= lastDay;
    if (missing) missingDays++;
    days.push({ date: d, missing, reports });
  }
  return { subjectId: id, from: start, to: end, missingDays, days };
}

/** 入矫: issues the phone-app account; the initial password is shown once and must be changed at first login. */
export async function issueAccount(services: Services, actor: Actor, id: string) {
  const username = `jz${randomInt(10_000_000, 99_999_999)}`;
  const initialPassword = `Jz@${randomBytes(6).toString('hex')}A`;
  // Hashed before the transaction: it is slow on purpose, and PGlite's one connection must not wait for it.
  const passwordHash = await hashPassword(initialPassword);
  const result = await services.db.transaction(async (tx) => {
    const subject = await loadForWrite(tx, actor, subjectRegister, id, 'update');
    if (subject.accountUserId) throw new AppError('conflict', '该社区矫正对象已有在矫通账号，如需重置请联系管理员');
    const [user] = await tx
      .insert(users)
      .values({ username, displayName: String(subject.name), orgUnitId: subject.orgUnitId, passwordHash, mustChangePassword: true, createdBy: actor.userId })
      .returning({ id: users.id });
    // The grant's unit is the 司法所, but correctionSubject holds no module grants: the unit gives it nothing to read.
    await tx.insert(roleGrants).values({ userId: user!.id, role: 'correctionSubject', orgUnitId: subject.orgUnitId, createdBy: actor.userId });
    await tx
      .update(correctionSubjects)
      .set({ accountUserId: user!.id, accountUsername: username, version: subject.version + 1, updatedAt: new Date(), updatedBy: actor.userId })
      .where(eq(correctionSubjects.id, id));
    await recordAudit(tx, auditActorOf(actor), {
      action: 'correction.accountIssued',
      entityType: subjectSpec.entity,
      entityId: id,
      summary: `为社区矫正对象${String(subject.name)}开通在矫通账号 ${username}`,
      changes: [{ field: 'accountUsername', from: null, to: username }],
    });
    return { username, initialPassword };
  });
  return result;
}

// ---------------------------------------------------------------- the subject's own phone app

/** The subject signed in: found by the account, never by an id the client sends. */
async function ownSubject(services: Services, actor: Actor, action: 'read' | 'create') {
  assertCan(actor, 'correctionSelf', action);
  const [subject] = await services.db
    .select()
    .from(correctionSubjects)
    .where(and(eq(correctionSubjects.accountUserId, actor.userId), isNull(correctionSubjects.deletedAt)));
  if (!subject) throw new AppError('notFound', '未找到与本账号关联的社区矫正对象');
  return subject;
}

function ownLeave(l: typeof correctionLeaves.$inferSelect) {
  return { id: l.id, reason: l.reason, destination: l.destination, startOn: l.startOn, days: l.days, endOn: l.endOn, status: l.status, returnedOn: l.returnedOn };
}

export async function ownRecord(services: Services, actor: Actor) {
  const s = await ownSubject(services, actor, 'read');
  const { db } = services;
  const reports = await db
    .select({ id: correctionReports.id, reportedOn: correctionReports.reportedOn, kind: correctionReports.kind, content: correctionReports.content })
    .from(correctionReports)
    .where(and(eq(correctionReports.subjectId, s.id), isNull(correctionReports.deletedAt)))
    .orderBy(desc(correctionReports.reportedOn), desc(correctionReports.createdAt))
    .limit(14);
  const leaves = await db
    .select()
    .from(correctionLeaves)
    .where(and(eq(correctionLeaves.subjectId, s.id), isNull(correctionLeaves.deletedAt)))
    .orderBy(desc(correctionLeaves.startOn))
    .limit(20);
  const [unit] = await db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, s.orgUnitId));
  // Notices addressed to this subject's own records only (the staff's alerts about them stay with the staff).
  const notices = await db
    .select({ title: notifications.title, createdAt: notifications.createdAt })
    .from(notifications)
    .where(and(eq(notifications.entityType, 'correction.subjectNotice'), eq(notifications.entityId, s.id)))
    .orderBy(desc(notifications.createdAt))
    .limit(10);
  return {
    name: s.name,
    orgUnitName: unit?.name ?? '',
    category: s.category,
    termStartOn: s.termStartOn,
    termEndOn: s.termEndOn,
    checkedInToday: reports.some((r) => r.reportedOn === today() && r.kind === 'checkIn'),
    recentReports: reports,
    leaves: leaves.map(ownLeave),
    notices: notices.map((n) => ({ title: n.title, on: toIsoDate(n.createdAt) })),
  };
}

const signatures: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Today's check-in (日报告): text, an optional photo ≤ 1 MB, the browser's location when granted. */
export async function checkIn(services: Services, actor: Actor, input: CheckInInput) {
  const s = await ownSubject(services, actor, 'create');
  if (s.endedOn) throw new AppError('conflict', '矫正已解除或终止，无需签到');
  let photo: { sha256: string; mimeType: string; bytes: number } | null = null;
  if (input.photo) {
    const content = Buffer.from(input.photo.base64, 'base64');
    if (content.length === 0) refuse([{ path: 'photo.base64', message: '照片为空' }]);
    if (content.length > maxPhotoBytes) refuse([{ path: 'photo.base64', message: '照片不能超过1MB' }]);
    if (!signatures[input.photo.mimeType]!(content)) refuse([{ path: 'photo.mimeType', message: '照片内容与所选格式不符' }]);
    photo = { sha256: services.files.put(content), mimeType: input.photo.mimeType, bytes: content.length };
  }
  const latitude = input.latitude ?? null;
  const longitude = input.longitude ?? null;
  const locationFlag = impossibleLocation(latitude, longitude);
  const reportedOn = today();
  return services.db.transaction(async (tx) => {
    const values = {
      orgUnitId: s.orgUnitId,
      subjectId: s.id,
      subjectName: s.name,
      kind: 'checkIn',
      reportedOn,
      content: input.content,
      nilReport: input.nilReport,
      photoSha256: photo?.sha256 ?? null,
      photoMimeType: photo?.mimeType ?? null,
      photoBytes: photo?.bytes ?? null,
      latitude,
      longitude,
      accuracy: input.accuracy ?? null,
      locationFlag,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    };
    // The search text the kit would write for the same row, so phone check-ins are found like any other report.
    const [row] = await tx
      .insert(correctionReports)
      .values({ ...values, searchText: searchTextOf(reportRegister, values as unknown as Row) })
      .returning({ id: correctionReports.id });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'create',
      entityType: reportRegister.spec.entity,
      entityId: row!.id,
      summary: `手机签到${photo ? '（含照片）' : ''}${locationFlag ? `，位置异常：${locationFlag}` : ''}`,
      changes: [
        { field: 'reportedOn', from: null, to: reportedOn },
        { field: 'latitude', from: null, to: latitude },
        { field: 'longitude', from: null, to: longitude },
      ],
    });
    return { id: row!.id, reportedOn, locationFlag, hasPhoto: photo != null };
  });
}

/** 外出 request from the phone: pending until the 司法所 (≤ 7 days) or the county agency decides. */
export async function applyForLeave(services: Services, actor: Actor, input: { reason: string; destination: string; startOn: string; days: number }) {
  const s = await ownSubject(services, actor, 'create');
  if (input.startOn < today()) refuse([{ path: 'startOn', message: '外出开始日期不能早于今天' }]);
  const endOn = leaveEnd(input.startOn, input.days);
  return services.db.transaction(async (tx) => {
    const values = {
      orgUnitId: s.orgUnitId,
      subjectId: s.id,
      subjectName: s.name,
      ...input,
      endOn,
      approvalLevel: leaveApprovalLevel(input.days),
      decision: 'pending',
      status: leaveStatus({ decision: 'pending', startOn: input.startOn, endOn }, today()),
      createdBy: actor.userId,
      updatedBy: actor.userId,
    };
    const [row] = await tx
      .insert(correctionLeaves)
      .values({ ...values, searchText: searchTextOf(leaveRegister, values as unknown as Row) })
      .returning();
    await recordAudit(tx, auditActorOf(actor), { action: 'create', entityType: 'correction.leave', entityId: row!.id, summary: `外出申请：${input.destination}，${input.days}日` });
    return ownLeave(row!);
  });
}

/** A check-in's photo, to staff who may read the report. */
export async function reportPhoto(services: Services, actor: Actor, id: string) {
  await getRecord(services, actor, reportRegister, id);
  const [row] = await services.db.select({ sha256: correctionReports.photoSha256, mimeType: correctionReports.photoMimeType }).from(correctionReports).where(eq(correctionReports.id, id));
  if (!row?.sha256) throw new AppError('notFound', '该报告没有照片');
  return { content: services.files.get(row.sha256), mimeType: row.mimeType ?? 'application/octet-stream' };
}

// ---------------------------------------------------------------- 教育帮扶 hours

const e = correctionEducations;
/** 'YYYY-MM' shifted by whole months, and a month's last day. */
const shiftMonth = (month: string, n: number) => addMonths(`${month}-01`, n).slice(0, 7);
const monthEnd = (month: string) => addCalendarDays(`${shiftMonth(month, 1)}-01`, -1);

/** Hours of 教育学习 and 公益活动 of one subject per month between two months (inclusive). */
async function hoursByMonth(db: Services['db'], subjectId: string, from: string, to: string) {
  const month = sql<string>`to_char(${e.on}, 'YYYY-MM')`;
  const rows = await db
    .select({ month, kind: e.kind, hours: sql<number>`coalesce(sum(${e.hours}), 0)::int` })
    .from(e)
    .where(and(eq(e.subjectId, subjectId), isNull(e.deletedAt), between(e.on, `${from}-01`, monthEnd(to))))
    .groupBy(month, e.kind);
  const months = [];
  for (let m = from; m <= to; m = shiftMonth(m, 1)) {
    const of = (kind: string) => Number(rows.find((r) => r.month === m && r.kind === kind)?.hours ?? 0);
    months.push({ month: m, studyHours: of('study'), serviceHours: of('service') });
  }
  return months;
}

/** Staff: a subject's monthly hours over the last 12 months (reading the subject decides, as for the timeline). */
export async function subjectHours(services: Services, actor: Actor, id: string) {
  await getRecord(services, actor, subjectRegister, id);
  const to = today().slice(0, 7);
  return { subjectId: id, target: monthlyHoursTarget, months: await hoursByMonth(services.db, id, shiftMonth(to, -11), to) };
}

/** The subject's study page: the materials (done today or not), this month's hours and records. */
export async function ownStudy(services: Services, actor: Actor) {
  const s = await ownSubject(services, actor, 'read');
  const month = today().slice(0, 7);
  const records = await services.db
    .select({ id: e.id, on: e.on, kind: e.kind, content: e.content, hours: e.hours, materialId: e.materialId })
    .from(e)
    .where(and(eq(e.subjectId, s.id), isNull(e.deletedAt), between(e.on, `${month}-01`, monthEnd(month))))
    .orderBy(desc(e.on), desc(e.createdAt));
  const sum = (kind: string) => records.filter((r) => r.kind === kind).reduce((n, r) => n + r.hours, 0);
  return {
    month,
    studyHours: sum('study'),
    serviceHours: sum('service'),
    target: monthlyHoursTarget,
    materials: studyMaterials.map((m) => ({ ...m, doneToday: records.some((r) => r.materialId === m.id && r.on === today()) })),
    records: records.map(({ materialId: _, ...r }) => r),
  };
}

/** 自主学习: the subject completed a material; its hours are recorded once per material and day. */
export async function completeStudy(services: Services, actor: Actor, materialId: StudyMaterialId) {
  const s = await ownSubject(services, actor, 'create');
  if (s.endedOn) throw new AppError('conflict', '矫正已解除或终止，无需登记学习');
  const material = studyMaterials.find((m) => m.id === materialId)!;
  const on = today();
  return services.db.transaction(async (tx) => {
    const [done] = await tx
      .select({ id: e.id })
      .from(e)
      .where(and(eq(e.subjectId, s.id), eq(e.materialId, materialId), eq(e.on, on), isNull(e.deletedAt)));
    if (done) throw new AppError('conflict', '今日已完成该学习资料，学时已记录');
    const values = {
      orgUnitId: s.orgUnitId,
      subjectId: s.id,
      subjectName: s.name,
      kind: 'study',
      on,
      content: material.title,
      place: '在矫通自主学习',
      hours: material.hours,
      source: 'self',
      materialId,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    };
    const [row] = await tx
      .insert(e)
      .values({ ...values, searchText: searchTextOf(educationRegister, values as unknown as Row) })
      .returning({ id: e.id });
    await recordAudit(tx, auditActorOf(actor), {
      action: 'create',
      entityType: educationSpec.entity,
      entityId: row!.id,
      summary: `自主学习：${material.title}，${material.hours}小时`,
      changes: [{ field: 'hours', from: null, to: material.hours }],
    });
    const [total] = await tx
      .select({ n: sql<number>`coalesce(sum(${e.hours}), 0)::int` })
      .from(e)
      .where(and(eq(e.subjectId, s.id), eq(e.kind, 'study'), isNull(e.deletedAt), between(e.on, `${on.slice(0, 7)}-01`, on)));
    // The phone says "本月学习共N小时": 公益活动 hours are shown apart, not added in.
    return { id: row!.id, on, hours: material.hours, monthHours: Number(total?.n ?? 0) };
  });
}
