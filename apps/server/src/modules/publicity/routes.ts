import type { App, Services } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { publicityPublicRoutes } from './public-routes.js';
import { publicityRegisters } from './registers.js';

export async function publicityRoutes(app: App, services: Services) {
  publicityPublicRoutes(app, services);
  for (const register of publicityRegisters) registerRoutes(app, services, register);
}
