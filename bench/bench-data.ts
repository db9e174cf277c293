// npm run bench:data -- --scale N [--database-url URL | --data-dir DIR]
// Generates a fresh, deterministic benchmark data set (see bench/README.md).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultTarget, prepareData } from './lib/prepare.js';
import { workDir } from './lib/paths.js';
import { databaseNameOf, type Target } from './lib/target.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    batch: { type: 'string', default: '1000' },
  },
});

const scale = Number(values.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
if (values['database-url'] && values['data-dir']) throw new Error('give either --database-url or --data-dir, not both');

let target: Target;
if (values['database-url']) {
  const url = values['database-url'];
  target = { engine: 'postgres', url, dataDir: path.join(workDir, `postgres-${databaseNameOf(url)}`) };
} else if (values['data-dir']) {
  target = { engine: 'pglite', dataDir: path.resolve(values['data-dir']) };
} else {
  target = defaultTarget('pglite', scale, '');
}

const where = target.engine === 'postgres' ? target.url : target.dataDir;
console.log(`Generating scale ${scale} on ${target.engine} (${where})`);
const prepared = await prepareData(target, scale, (line) => console.log(line), Number(values.batch));
const total = Object.values(prepared.rows).reduce((s, n) => s + n, 0);
console.log(
  `Done: ${total.toLocaleString('en')} rows over ${prepared.years[0]}–${prepared.years.at(-1)} in ${prepared.seconds} s (${Math.round(total / prepared.seconds).toLocaleString('en')} rows/s overall, including migrations and seeding)`,
);
