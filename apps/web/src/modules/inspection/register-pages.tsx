import type { RegisterSpec } from '@fazhi/core';
import { demoItemSpec, demoTaskSpec, honourSpec, itemSpec, roundSpec, schemeSpec, taskSpec } from '@fazhi/core/inspection/index';
import { Tag } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';
import { messages } from './messages';

// Plain registers of the generic kit; subjects, scores and schemes have pages of their own (workflow steps, ranking).
export function pages(spec: RegisterSpec, basePath: string, heading: (r: Record<string, unknown>) => string) {
  return {
    List: () => <RegisterListPage spec={spec} basePath={basePath} renderColumn={{ overdue: (row) => (row.overdue ? <Tag color="red">{messages.overdue}</Tag> : null) }} />,
    Detail: () => <RegisterDetailPage spec={spec} basePath={basePath} heading={(r) => heading(r as unknown as Record<string, unknown>)} />,
    Form: () => <RegisterFormPage spec={spec} basePath={basePath} />,
  };
}

export const taskPages = pages(taskSpec, '/inspection/tasks', (r) => String(r.title));
export const roundPages = pages(roundSpec, '/inspection/rounds', (r) => String(r.title));
export const itemPages = pages(itemSpec, '/inspection/items', (r) => `${String(r.code)} ${String(r.name)}`);
export const demoItemPages = pages(demoItemSpec, '/inspection/demo-items', (r) => `${String(r.code)} ${String(r.title)}`);
export const demoTaskPages = pages(demoTaskSpec, '/inspection/demo-tasks', (r) => String(r.title));
export const honourPages = pages(honourSpec, '/inspection/honours', (r) => String(r.title));
export const schemeListPages = pages(schemeSpec, '/inspection/schemes', (r) => String(r.title));
