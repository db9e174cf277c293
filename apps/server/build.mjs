// Compiles the server into dist/ for `npm start`: one ES module per entry, workspace TypeScript (@fazhi/core)
// bundled in, npm packages left as imports. Loading TypeScript through tsx at every start cost ~1.5 s; tsx stays
// for development, tests and the CLI's maintenance commands.
import fs from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => !d.startsWith('@fazhi/'));

await build({
  entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts' },
  absWorkingDir: new URL('.', import.meta.url).pathname,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  external: [...external, ...external.map((d) => `${d}/*`)],
  // Bundled CommonJS helpers call require(); give ES modules one.
  banner: { js: "import { createRequire as __fazhiRequire } from 'node:module'; const require = __fazhiRequire(import.meta.url);" },
  logLevel: 'warning',
});
