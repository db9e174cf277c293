import { detailSchemaOf, fileResponse, idField, rowSchemaOf } from '@fazhi/core';
import {
  checkInResultSchema,
  checkInSchema,
  issuedAccountSchema,
  leaveApplicationSchema,
  ownLeaveResponseSchema,
  ownRecordSchema,
  revealedSubjectFieldSchema,
  revealSubjectSchema,
  subjectSpec,
  subjectTimelineSchema,
  ownStudySchema,
  studyCompletionResultSchema,
  studyCompletionSchema,
  subjectHoursSchema,
} from '@fazhi/core/correction';
import { dateField } from '@fazhi/core';
import { z } from 'zod';
import { contentDisposition, detectType } from '../../platform/http/download.js';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { correctionRegisters, subjectRegister } from './registers.js';
import { applyForLeave, checkIn, completeStudy, issueAccount, ownRecord, ownStudy, subjectHours, reportPhoto, revealSubjectField, subjectDetail, subjectTimeline } from './service.js';

export async function correctionRoutes(app: App, services: Services) {
  const params = z.object({ id: idField });
  const tags = [subjectSpec.title];
  // The subject's detail is served here (not by the kit) so that every read of it is audited.
  for (const register of correctionRegisters) registerRoutes(app, services, register, register === subjectRegister ? { skipDetail: true } : {});
  app.get('/api/correction/subjects/:id', { schema: { tags, summary: '社区矫正对象详情（每次查看均留痕）', params, response: { 200: detailSchemaOf(rowSchemaOf(subjectSpec)) } } }, async (request) =>
    subjectDetail(services, actorOf(request), request.params.id),
  );
  app.post(
    '/api/correction/subjects/:id/reveal',
    { schema: { tags, summary: '查看社区矫正对象完整身份证号、电话或住址（须说明理由，留痕）', params, body: revealSubjectSchema, response: { 200: revealedSubjectFieldSchema } } },
    async (request) => revealSubjectField(services, actorOf(request), request.params.id, request.body.field, request.body.reason),
  );
  app.get(
    '/api/correction/subjects/:id/timeline',
    {
      schema: {
        tags,
        summary: '社区矫正对象报告时间线（未报告的日期标出）',
        params,
        querystring: z.object({ from: dateField('开始日期').optional(), to: dateField('结束日期').optional() }),
        response: { 200: subjectTimelineSchema },
      },
    },
    async (request) => subjectTimeline(services, actorOf(request), request.params.id, request.query.from, request.query.to),
  );
  app.post(
    '/api/correction/subjects/:id/account',
    { schema: { tags, summary: '入矫时开通在矫通账号（初始密码仅显示一次，首次登录须修改）', params, response: { 201: issuedAccountSchema } } },
    async (request, reply) => reply.code(201).send(await issueAccount(services, actorOf(request), request.params.id)),
  );
  app.get(
    '/api/correction/subjects/:id/education-hours',
    { schema: { tags, summary: '社区矫正对象近12个月教育学习、公益活动时长（按月）', params, response: { 200: subjectHoursSchema } } },
    async (request) => subjectHours(services, actorOf(request), request.params.id),
  );
  app.get('/api/correction/reports/:id/photo', { schema: { tags: ['报告记录'], summary: '签到照片', params, response: { 200: fileResponse } } }, async (request, reply) => {
    const photo = await reportPhoto(services, actorOf(request), request.params.id);
    // An <img> ignores `attachment`; opened directly it is saved. The type is read from the bytes, not the phone's word.
    return reply.type(detectType(photo.content)).header('content-disposition', contentDisposition('签到照片')).send(photo.content);
  });

  // The subject's phone app (/m/): the record is the signed-in account's own; no id is taken from the client.
  const self = ['在矫通'];
  app.get('/api/correction/me', { schema: { tags: self, summary: '本人矫正信息、近期报告、外出申请和通知', response: { 200: ownRecordSchema } } }, async (request) =>
    ownRecord(services, actorOf(request)),
  );
  app.post(
    '/api/correction/me/check-ins',
    { schema: { tags: self, summary: '今日签到（文字、可选照片≤1MB、定位）', body: checkInSchema, response: { 201: checkInResultSchema } } },
    async (request, reply) => reply.code(201).send(await checkIn(services, actorOf(request), request.body)),
  );
  app.post('/api/correction/me/leaves', { schema: { tags: self, summary: '外出申请', body: leaveApplicationSchema, response: { 201: ownLeaveResponseSchema } } }, async (request, reply) =>
    reply.code(201).send(await applyForLeave(services, actorOf(request), request.body)),
  );
  app.get('/api/correction/me/study', { schema: { tags: self, summary: '自主学习：学习资料、本月学习和公益活动时长', response: { 200: ownStudySchema } } }, async (request) =>
    ownStudy(services, actorOf(request)),
  );
  app.post(
    '/api/correction/me/study',
    { schema: { tags: self, summary: '完成一项学习资料，记录学时（每项每日一次）', body: studyCompletionSchema, response: { 201: studyCompletionResultSchema } } },
    async (request, reply) => reply.code(201).send(await completeStudy(services, actorOf(request), request.body.materialId)),
  );
}
