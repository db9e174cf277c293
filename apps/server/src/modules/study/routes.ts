import { idField, okResponse } from '@fazhi/core';
import { answerSchema, enrolledSchema, enrolSchema, examResultsSchema, markerViewSchema, markSchema, myExamsSchema, savedAnswerSchema, sittingViewSchema } from '@fazhi/core/study';
import { z } from 'zod';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { studyRegisters } from './registers.js';
import { enrolCandidates, examResults, markAnswer, markerView, myExams, saveAnswer, startSitting, submitSitting, viewSitting } from './service.js';

export async function studyRoutes(app: App, services: Services) {
  for (const register of studyRegisters) registerRoutes(app, services, register);
  const tags = ['法治考试'];
  const params = z.object({ id: idField });

  app.post('/api/study/exams/:id/candidates', { schema: { tags, summary: '报名考生（本单位范围内的用户）', params, body: enrolSchema, response: { 200: enrolledSchema } } }, async (request) =>
    enrolCandidates(services, actorOf(request), request.params.id, request.body.userIds),
  );
  app.get('/api/study/exams/:id/results', { schema: { tags, summary: '考试成绩（按单位汇总，只含本单位范围）', params, response: { 200: examResultsSchema } } }, async (request) =>
    examResults(services, actorOf(request), request.params.id),
  );
  app.get('/api/study/sittings/:id', { schema: { tags, summary: '阅卷：查看已交卷的答卷（含参考答案）', params, response: { 200: markerViewSchema } } }, async (request) =>
    markerView(services, actorOf(request), request.params.id),
  );
  app.post('/api/study/sittings/:id/marks', { schema: { tags, summary: '阅卷：为简答题评分', params, body: markSchema, response: { 200: okResponse } } }, async (request) =>
    markAnswer(services, actorOf(request), request.params.id, request.body.questionId, request.body.points),
  );

  // The candidate's own routes: any signed-in user, on the exams enrolled to them and their own sittings only.
  app.get('/api/study/my/exams', { schema: { tags, summary: '我的考试', response: { 200: myExamsSchema } } }, async (request) => myExams(services, actorOf(request)));
  app.post('/api/study/my/exams/:id/sittings', { schema: { tags, summary: '开始考试（已有未交卷的则继续作答）', params, response: { 200: sittingViewSchema } } }, async (request) =>
    startSitting(services, actorOf(request), request.params.id),
  );
  app.get('/api/study/my/sittings/:id', { schema: { tags, summary: '我的答卷（交卷前不含答案）', params, response: { 200: sittingViewSchema } } }, async (request) =>
    viewSitting(services, actorOf(request), request.params.id),
  );
  app.put(
    '/api/study/my/sittings/:id/answers/:questionId',
    { schema: { tags, summary: '保存一题的答案（自动保存）', params: params.extend({ questionId: idField }), body: answerSchema, response: { 200: savedAnswerSchema } } },
    async (request) => saveAnswer(services, actorOf(request), request.params.id, request.params.questionId, request.body.answer),
  );
  app.post('/api/study/my/sittings/:id/submit', { schema: { tags, summary: '交卷', params, response: { 200: sittingViewSchema } } }, async (request) =>
    submitSitting(services, actorOf(request), request.params.id),
  );
}
