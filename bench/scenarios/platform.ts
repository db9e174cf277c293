import type { Scenario, ScenarioModule } from './index.js';

export const platformScenarios: ScenarioModule = {
  module: 'platform',
  async scenarios({ actor }) {
    const login: Scenario = {
      name: 'platform.login',
      description: 'login (argon2id verify, session row, audit entry); sequential',
      kind: 'write',
      // The route allows 20 logins a minute per address and the bench has used one: stay well below.
      mode: 'sequential',
      count: 10,
      authenticated: false,
      request: { method: 'POST', path: '/api/auth/login', body: JSON.stringify({ username: actor.username, password: actor.password }) },
    };
    return [login];
  },
};
