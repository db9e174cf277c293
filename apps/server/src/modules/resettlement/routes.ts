import type { App, Services } from '../../platform/http/types.js';
import { registerRoutes } from '../../platform/register/routes.js';
import { resettlementRegisters } from './registers.js';

export async function resettlementRoutes(app: App, services: Services) {
  for (const register of resettlementRegisters) registerRoutes(app, services, register);
}
