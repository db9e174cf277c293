import type { App, Services } from '../../platform/http/types.js';

export async function legalAdvisersRoutes(_app: App, _services: Services) {}
