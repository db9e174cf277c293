import type { RegisterSpec } from '@fazhi/core';
import type { ReactNode } from 'react';
import type { Crumb } from '../common/page';
import { messages } from '../messages';

/** 首页 › line of work › register (its list) › the pages below it. */
export function registerCrumbs(spec: RegisterSpec, basePath: string, ...below: (Crumb | ReactNode)[]): Crumb[] {
  const rest = below.map((c) => (c !== null && typeof c === 'object' && 'title' in c ? (c as Crumb) : { title: c }));
  return [{ title: messages.modules[spec.module] ?? spec.module }, { title: spec.title, to: basePath }, ...rest];
}
