import type { App, Services } from '../../platform/http/types.js';

export async function normativeDocsRoutes(_app: App, _services: Services) {}
