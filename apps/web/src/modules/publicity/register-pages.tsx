import { dutySpec, eventSpec, liaisonSecretFields, liaisonSpec, ratingSpec, siteSpec, taskSpec, trainingSpec } from '@fazhi/core/publicity/index';
import type { RegisterSpec } from '@fazhi/core';
import { Tag } from 'antd';
import { RegisterDetailPage } from '../../platform/register/register-detail-page';
import { RegisterFormPage } from '../../platform/register/register-form-page';
import { RegisterListPage } from '../../platform/register/register-list-page';

// Every 普法 register is a plain register of the generic kit; the 明白人 form adds the write-only ID number and phone.
function pages(spec: RegisterSpec, basePath: string, heading: (r: Record<string, unknown>) => string, formSpec: RegisterSpec = spec) {
  return {
    List: () => <RegisterListPage spec={spec} basePath={basePath} renderColumn={spec === taskSpec ? { overdue: (row) => (row.overdue ? <Tag color="red">已逾期</Tag> : null) } : undefined} />,
    Detail: () => <RegisterDetailPage spec={spec} basePath={basePath} heading={(r) => heading(r as unknown as Record<string, unknown>)} />,
    Form: () => <RegisterFormPage spec={formSpec} basePath={basePath} />,
  };
}

export const taskPages = pages(taskSpec, '/publicity/tasks', (r) => String(r.title));
export const dutyPages = pages(dutySpec, '/publicity/duties', (r) => `${String(r.year)}年度普法责任清单：${String(r.content)}`);
export const eventPages = pages(eventSpec, '/publicity/events', (r) => String(r.title));
export const sitePages = pages(siteSpec, '/publicity/sites', (r) => String(r.name));
export const liaisonPages = pages(liaisonSpec, '/publicity/liaisons', (r) => String(r.name), { ...liaisonSpec, fields: [...liaisonSpec.fields, ...liaisonSecretFields] });
export const ratingPages = pages(ratingSpec, '/publicity/ratings', (r) => `${String(r.year)}年度示范创建`);
export const trainingPages = pages(trainingSpec, '/publicity/trainings', (r) => String(r.title));
