import type { ModuleManifest } from '../../platform/module.js';
import { annualReportJobs } from './jobs.js';

/**
 * The annual report is a line of work of its own (grants under `reports`) whose figures are every other module's
 * indicators. Its routes and seed read the indicator registry, which reads the module list that names this
 * manifest, so they are loaded when called rather than imported here.
 */
export const annualReportModule: ModuleManifest = {
  code: 'reports',
  label: '法治政府建设年度报告',
  routes: async (app, services) => (await import('./routes.js')).annualReportRoutes(app, services),
  jobs: annualReportJobs,
  indicators: [],
  seed: async (ctx) => (await import('./seed.js')).seedAnnualReports(ctx),
  myWork: async () => (await import('./todo.js')).annualReportTodo,
};
