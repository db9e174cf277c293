import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../common/lazy-page';

/** A register's three pages; the form serves both 新增 and 编辑. */
export type RegisterPages = { List: ComponentType; Form: ComponentType; Detail: ComponentType };

/** The pages of a set picked from a lazily loaded module, each loaded on first visit. */
export function lazyRegisterPages<M>(load: () => Promise<M>, pick: (m: M) => RegisterPages): RegisterPages {
  return { List: lazyPage(load, (m) => pick(m).List), Form: lazyPage(load, (m) => pick(m).Form), Detail: lazyPage(load, (m) => pick(m).Detail) };
}

/** list · new · detail · edit routes of one register under `path` (e.g. 'resettlement/persons'). */
export function registerPageRoutes(path: string, { List, Form, Detail }: RegisterPages): RouteObject[] {
  return [
    { path, element: <List /> },
    { path: `${path}/new`, element: <Form /> },
    { path: `${path}/:id`, element: <Detail /> },
    { path: `${path}/:id/edit`, element: <Form /> },
  ];
}
