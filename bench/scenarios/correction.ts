import { randomBytes } from 'node:crypto';
import { demoPassword } from '../../apps/server/src/seed/demo-district.js';
import type { HttpRequest, Scenario, ScenarioModule } from './index.js';

// Issue 15: at province scale (scale 100 ≈ 6,000 subjects) at least 100 check-ins per second with p99 < 200 ms on
// PostgreSQL, a share of them with a photo. Every fifth check-in carries a distinct ~100 kB JPEG (distinct, so the
// content-addressed store writes each one); the others are text and location only.
const photoEvery = 5;
const photoBytes = 100 * 1024;

function checkIn(i: number): HttpRequest {
  const body: Record<string, unknown> = { content: '今日在家，无外出', nilReport: true, latitude: 35.41, longitude: 116.59, accuracy: 25 };
  if (i % photoEvery === 0) body.photo = { mimeType: 'image/jpeg', base64: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(photoBytes - 4)]).toString('base64') };
  return { method: 'POST', path: '/api/correction/me/check-ins', body: JSON.stringify(body) };
}

export const correctionScenarios: ScenarioModule = {
  module: 'correction',
  async scenarios() {
    let n = 0;
    const checkIns: Scenario = {
      name: 'correction.checkIn',
      description: `在矫通 daily check-in at 100/s (text + location; every ${photoEvery}th with a ${photoBytes / 1024} kB photo), as the subject jzdx`,
      kind: 'write',
      mode: 'load',
      // The figure is latency at 100 check-ins a second, not at saturation: offer that rate.
      overallRate: 100,
      signInAs: { username: 'jzdx', password: demoPassword },
      request: () => checkIn(n++),
      targets: [{ metric: 'p99', maxMs: 200, when: { engine: 'postgres', scale: 100 } }],
    };
    // The ceiling behind that figure: as many check-ins as the run's connections allow.
    const ceiling: Scenario = { ...checkIns, name: 'correction.checkIn.max', description: 'check-ins as fast as the connections allow', overallRate: undefined, targets: [] };
    return [checkIns, ceiling];
  },
};
