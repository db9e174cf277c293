import { lazy, type ComponentType } from 'react';

/** React.lazy for named exports: each page becomes its own chunk, loaded on first visit. */
export function lazyPage<M, P extends object = object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  return lazy(async () => ({ default: pick(await load()) }));
}
