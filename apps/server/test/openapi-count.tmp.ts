import { startHarness } from './harness.js';
const h = await startHarness({ seed: false });
const paths = (await h.anonymous.get('/api/openapi.json')).body.paths as Record<string, Record<string, any>>;
let routes = 0, withResponse = 0, steps = 0, stepsWithBody = 0;
for (const [p, ops] of Object.entries(paths)) for (const [m, op] of Object.entries(ops)) {
  routes++;
  if (Object.entries(op.responses ?? {}).some(([c, r]: [string, any]) => c.startsWith('2') && Object.values(r.content ?? {}).some((x: any) => x.schema))) withResponse++;
  if (p.includes('/transitions/')) { steps++; if (op.requestBody?.content) stepsWithBody++; }
}
console.log({ routes, withResponse, steps, stepsWithBody });
await h.close();
