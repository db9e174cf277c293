import { z } from 'zod';
import './zod-locale.js';

// Imported first by the web entries. zod compiles object validators with `new Function` unless jitless, which the
// web app's Content-Security-Policy (no 'unsafe-eval') refuses — and even zod's probe for it is reported as a
// violation. This must run before any schema is built.
z.config({ jitless: true });
