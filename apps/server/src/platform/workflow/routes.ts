import { idField, workflowDetailDefault } from '@fazhi/core';
import { z } from 'zod';
import type { Actor } from '../access/actor.js';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import { fireStep, type WorkflowBinding } from './engine.js';

const version = z.int({ message: '缺少版本号' }).positive({ message: '版本号不正确' });

/**
 * One typed `POST /api/<path>/:id/transitions/<step>` per step of the workflow; the body is the step's input plus
 * the version read, so the OpenAPI document shows every step's fields. The answer is the record's detail.
 */
export function workflowRoutes<S extends string, F extends { state: S }, T extends Record<string, z.ZodObject>>(
  app: App,
  services: Services,
  binding: WorkflowBinding<S, F, T>,
  options: { tags?: string[]; detail: (actor: Actor, id: string) => Promise<unknown>; response?: z.ZodType },
) {
  const { workflow, register } = binding;
  const tags = options.tags ?? [register.spec.title];
  for (const name of workflow.names) {
    const step = workflow.steps[name];
    const from = step.from.map((s) => workflow.states.label(s)).join('、');
    app.post(
      `/api/${register.spec.path}/:id/transitions/${name}`,
      {
        schema: {
          tags,
          summary: `${step.label}（${name}）`,
          description: `可办理状态：${from}。${step.to && typeof step.to === 'string' ? `办理后：${workflow.states.label(step.to)}。` : ''}条件不满足时返回 409 并说明原因。`,
          params: z.object({ id: idField }),
          body: step.input.safeExtend({ version }),
          response: { 200: options.response ?? workflowDetailDefault },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await fireStep(services, actor, binding, request.params.id, name, request.body as Record<string, unknown> & { version: number });
        return options.detail(actor, request.params.id);
      },
    );
  }
}
