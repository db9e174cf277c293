import { fileResponse, idField, okResponse } from '@fazhi/core';
import { assignmentCreateSchema, assignmentReviewSchema, assignmentSubmitSchema, assignmentCreatedResponse, htmlResponse, myAssignmentListResponse } from '@fazhi/core/reports';
import { z } from 'zod';
import { sendDownload } from '../../platform/http/download.js';
import type { App, Services } from '../../platform/http/types.js';
import { actorOf } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { workflowRoutes } from '../../platform/workflow/routes.js';
import { createAssignment, myAssignments, reviewAssignment, submitAssignment } from './assignments.js';
import { reportRegister, templateRegister } from './registers.js';
import { generateVersion, getReport, livePreviewHtml, versionDocx, versionHtml } from './service.js';
import { reportFlow } from './workflow.js';

export async function annualReportRoutes(app: App, services: Services) {
  const tags = ['法治政府建设年度报告'];
  const params = z.object({ id: idField });
  const versionParams = params.extend({ versionId: idField });

  app.get('/api/reports/annual/:id', { schema: { tags, summary: '报告详情（正文段落、各版本、材料布置、期限、可办理的流转）', params } }, async (request) =>
    getReport(services, actorOf(request), request.params.id),
  );
  registerRoutes(app, services, reportRegister, { skipDetail: true });
  registerRoutes(app, services, templateRegister);

  app.post('/api/reports/annual/:id/generate', { schema: { tags, summary: '生成报告：冻结数据，形成新版本（含 DOCX）并列出变化的数字', params } }, async (request, reply) =>
    reply.code(201).send(await generateVersion(services, actorOf(request), request.params.id)),
  );
  app.get('/api/reports/annual/:id/preview', { schema: { tags, summary: '实时预览（HTML，数字按当前记录计算、可下钻）', params, response: { 200: htmlResponse } } }, async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(await livePreviewHtml(services, actorOf(request), request.params.id)),
  );
  app.get('/api/reports/annual/:id/versions/:versionId/html', { schema: { tags, summary: '某一版本（HTML）', params: versionParams, response: { 200: htmlResponse } } }, async (request, reply) =>
    reply.type('text/html; charset=utf-8').send(await versionHtml(services, actorOf(request), request.params.id, request.params.versionId)),
  );
  app.get(
    '/api/reports/annual/:id/versions/:versionId/docx',
    { schema: { tags, summary: '某一版本（DOCX，GB/T 9704 版式）', params: versionParams, response: { 200: fileResponse } } },
    async (request, reply) => {
      const { filename, body } = await versionDocx(services, actorOf(request), request.params.id, request.params.versionId);
      return sendDownload(reply, filename, body);
    },
  );
  workflowRoutes(app, services, reportFlow, { tags, detail: (actor, id) => getReport(services, actor, id) });

  app.post(
    '/api/reports/annual/:id/assignments',
    { schema: { tags, summary: '布置材料：请某单位在期限前报送某段落', params, body: assignmentCreateSchema, response: { 201: assignmentCreatedResponse } } },
    async (request, reply) => reply.code(201).send(await createAssignment(services, actorOf(request), request.params.id, request.body)),
  );
  app.get('/api/reports/assignments', { schema: { tags, summary: '本单位待报送、已报送的报告材料', response: { 200: myAssignmentListResponse } } }, async (request) =>
    myAssignments(services, actorOf(request)),
  );
  app.post('/api/reports/assignments/:id/submit', { schema: { tags, summary: '报送材料', params, body: assignmentSubmitSchema, response: { 200: okResponse } } }, async (request) =>
    submitAssignment(services, actorOf(request), request.params.id, request.body.text),
  );
  app.post(
    '/api/reports/assignments/:id/review',
    { schema: { tags, summary: '审核材料：采用（写入报告）或退回', params, body: assignmentReviewSchema, response: { 200: okResponse } } },
    async (request) => reviewAssignment(services, actorOf(request), request.params.id, request.body),
  );
}
