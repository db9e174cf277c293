import type { App, Services } from '../../platform/http/types.js';

export async function legalReviewRoutes(_app: App, _services: Services) {}
