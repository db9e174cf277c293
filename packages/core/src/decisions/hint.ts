import type { z } from 'zod';
import { described, metaOf } from '../register/field-meta.js';

/** A contract field with a hint under it in the forms (“如：…”, the rule's minimum). */
export const hinted = <T extends z.ZodType>(schema: T, help: string): T => described(schema, { ...metaOf(schema)!, help });
