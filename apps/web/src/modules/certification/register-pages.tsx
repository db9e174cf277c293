import { itemSpec, statSpec } from '@fazhi/core/certification/index';
import type { RegisterSpec } from '@fazhi/core';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';

// 证明事项清单 and the monthly 政务服务 figures are plain registers of the generic kit.
function pages(spec: RegisterSpec, basePath: string, heading: (r: Record<string, unknown>) => string) {
  return {
    List: () => <RegisterListPage spec={spec} basePath={basePath} />,
    Detail: () => <RegisterDetailPage spec={spec} basePath={basePath} heading={(r) => heading(r as unknown as Record<string, unknown>)} />,
    Form: () => <RegisterFormPage spec={spec} basePath={basePath} />,
  };
}

export const itemPages = pages(itemSpec, '/certification/items', (r) => `${String(r.code)} ${String(r.name)}`);
export const statPages = pages(statSpec, '/certification/service-stats', (r) => `${String(r.orgUnitName ?? '')} ${String(r.month)} 政务服务统计`);
