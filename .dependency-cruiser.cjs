// Import boundaries, checked by `npm run lint` (dependency-cruiser). Each rule names the architecture rule it keeps
// (docs/architecture.md): core is shared by both apps and imports neither; the platform serves every module and
// imports none; a module reaches another module only through that module's declared interface.

/** The files through which a module (its routes, services, seed and bench generator) may use another module. */
const moduleInterfaces = [
  // 合法性审核 of other modules' subjects: lookups, conclusions, registration of a subject kind.
  'apps/server/src/modules/legal-review/subjects.ts',
  // Seeds and bench generators record the reviews of their own subjects through it.
  'apps/server/src/modules/legal-review/subjects-seed.ts',
];
const literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anInterface = `^(${moduleInterfaces.map(literal).join('|')})$`;

module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-app',
      comment: 'packages/core is shared by the server and the web app: it imports neither, nor bench or e2e.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^(apps|bench|e2e)/' },
    },
    {
      name: 'server-platform-imports-no-module',
      comment: 'The platform serves every module and knows none; modules are wired in app.ts, schema.ts, seed/ and the other central lists.',
      severity: 'error',
      from: { path: '^apps/server/src/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^apps/server/src/modules/' },
    },
    {
      name: 'web-platform-imports-no-module',
      comment: 'The web platform serves every module and knows none; modules are wired in app.tsx.',
      severity: 'error',
      from: { path: '^apps/web/src/platform/' },
      to: { path: '^apps/web/src/modules/' },
    },
    {
      name: 'module-uses-another-only-through-its-interface',
      comment: `A server module imports another module only through a declared interface: ${moduleInterfaces.join(', ')}.`,
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: { path: '^apps/server/src/modules/([^/]+)/', pathNot: ['^apps/server/src/modules/$1/', anInterface] },
    },
    {
      name: 'web-module-imports-no-other-module',
      comment: 'A web module imports another web module not at all: shared pieces belong in apps/web/src/platform.',
      severity: 'error',
      from: { path: '^apps/web/src/modules/([^/]+)/' },
      to: { path: '^apps/web/src/modules/([^/]+)/', pathNot: '^apps/web/src/modules/$1/' },
    },
    {
      name: 'bench-generator-uses-another-module-only-through-its-interface',
      comment: "bench/data/<module>.ts is that module's data generator: like the module, it reaches other modules only through their interfaces.",
      severity: 'error',
      from: { path: '^bench/data/([^/]+)\\.ts$', pathNot: '^bench/data/(index|platform)\\.ts$' },
      to: { path: '^apps/server/src/modules/([^/]+)/', pathNot: ['^apps/server/src/modules/$1/', anInterface] },
    },
    {
      name: 'bench-generator-imports-no-other-generator',
      comment: 'What two generators share belongs in the module interface or bench/data/platform.ts.',
      severity: 'error',
      from: { path: '^bench/data/([^/]+)\\.ts$', pathNot: '^bench/data/(index|platform)\\.ts$' },
      to: { path: '^bench/data/([^/]+)\\.ts$', pathNot: ['^bench/data/$1\\.ts$', '^bench/data/(index|platform)\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // Type-only imports cross boundaries too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
