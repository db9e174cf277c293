import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/**
 * Responses leave as plain JSON.stringify: rows are loose objects (columns no view names pass through), which
 * fast-json-stringify would drop or coerce silently. Under NODE_ENV=test the wire form is checked against the
 * route's response contract, so a route that sends something else than it declares fails its tests with a 500.
 */
export function responseSerializer(checked = process.env.NODE_ENV === 'test'): FastifySerializerCompiler<z.ZodType> {
  return ({ schema, method, url }) =>
    (data) => {
      const text = JSON.stringify(data);
      if (checked) {
        const result = schema.safeParse(text === undefined ? undefined : JSON.parse(text));
        if (!result.success) {
          // The 500 a client sees hides the cause; the test output names the fields that broke the contract.
          process.stderr.write(`response contract broken: ${method} ${url} ${JSON.stringify(result.error.issues.slice(0, 5))}\n`);
          throw new ResponseSerializationError(method, url, { cause: result.error });
        }
      }
      return text;
    };
}
