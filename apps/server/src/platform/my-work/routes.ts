import { myWorkResponse, usableRegistersResponse } from '@fazhi/core';
import type { App, Services } from '../http/types.js';
import { actorOf } from '../http/types.js';
import type { TodoRule } from './define.js';
import { myWork, usableRegisters } from './service.js';

const tags = ['我的待办'];

/** Every module's 我的待办 rules, loading the late ones (see `ModuleManifest.myWork`). */
export async function myWorkRulesOf(modules: readonly { myWork?: TodoRule[] | (() => Promise<TodoRule[]>) }[]): Promise<TodoRule[]> {
  const lists = await Promise.all(modules.map(async ({ myWork }) => (typeof myWork === 'function' ? myWork() : (myWork ?? []))));
  return lists.flat();
}

export async function myWorkRoutes(app: App, { db }: Services, rules: readonly TodoRule[]) {
  app.get('/api/my-work', { schema: { tags, summary: '我的待办：各业务中等待本人办理的记录（按数据范围与指派），分组列出', response: { 200: myWorkResponse } } }, async (request) =>
    myWork(db, actorOf(request), rules),
  );
  app.get('/api/my-work/registers', { schema: { tags, summary: '本人可用的台账：可新增，或有可查看的记录（菜单据此隐藏其余）', response: { 200: usableRegistersResponse } } }, async (request) =>
    usableRegisters(db, actorOf(request)),
  );
}
