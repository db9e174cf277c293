import { FileProtectOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

type Pages = { List: ComponentType; Detail: ComponentType; Form: ComponentType };
type Loader = () => Promise<Record<string, Pages>>;
const registers: [path: string, load: Loader, set: string][] = [
  ['items', () => import('./register-pages') as unknown as Promise<Record<string, Pages>>, 'itemPages'],
  ['verifications', () => import('./verification-pages') as unknown as Promise<Record<string, Pages>>, 'verificationPages'],
  ['service-stats', () => import('./register-pages') as unknown as Promise<Record<string, Pages>>, 'statPages'],
];

const routes: RouteObject[] = registers.flatMap(([path, load, set]) => {
  const List = lazyPage(load, (m) => m[set]!.List);
  const Detail = lazyPage(load, (m) => m[set]!.Detail);
  const Form = lazyPage(load, (m) => m[set]!.Form);
  return [
    { path: `certification/${path}`, element: <List /> },
    { path: `certification/${path}/new`, element: <Form /> },
    { path: `certification/${path}/:id`, element: <Detail /> },
    { path: `certification/${path}/:id/edit`, element: <Form /> },
  ];
});

const PublicCertItemsPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicCertItemsPage,
);

const t = messages.menu;
const menu: MenuEntry = {
  key: 'certification',
  label: t.group,
  icon: <FileProtectOutlined />,
  module: 'certification',
  children: [
    { key: '/certification/items', label: t.items, module: 'certification' },
    { key: '/certification/verifications', label: t.verifications, module: 'certification' },
    { key: '/certification/service-stats', label: t.stats, module: 'certification' },
  ],
};

export const certificationModule: WebModule = {
  code: 'certification',
  label: '证明事项',
  menu,
  routes,
  publicRoutes: [{ path: 'certification-items', element: <PublicCertItemsPage /> }],
  portalSections: [{ to: '/gk/certification-items', label: messages.portal.section }],
};
