import type { App, Services } from '../../platform/http/types.js';

export async function decisionsRoutes(_app: App, _services: Services) {}
