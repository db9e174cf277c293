import { ApartmentOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const CatalogueListPage = lazyPage(
  () => import('./catalogue-pages'),
  (m) => m.CatalogueListPage,
);
const CatalogueFormPage = lazyPage(
  () => import('./catalogue-pages'),
  (m) => m.CatalogueFormPage,
);
const CatalogueDetailPage = lazyPage(
  () => import('./catalogue-pages'),
  (m) => m.CatalogueDetailPage,
);
const DecisionListPage = lazyPage(
  () => import('./decision-pages'),
  (m) => m.DecisionListPage,
);
const DecisionFormPage = lazyPage(
  () => import('./decision-pages'),
  (m) => m.DecisionFormPage,
);
const DecisionDetailPage = lazyPage(
  () => import('./decision-pages'),
  (m) => m.DecisionDetailPage,
);
const MatterListPage = lazyPage(
  () => import('./matter-pages'),
  (m) => m.MatterListPage,
);
const MatterFormPage = lazyPage(
  () => import('./matter-pages'),
  (m) => m.MatterFormPage,
);
const MatterDetailPage = lazyPage(
  () => import('./matter-pages'),
  (m) => m.MatterDetailPage,
);

const decisionsRoutes: RouteObject[] = [
  { path: 'decisions/catalogues', element: <CatalogueListPage /> },
  { path: 'decisions/catalogues/new', element: <CatalogueFormPage /> },
  { path: 'decisions/catalogues/:id', element: <CatalogueDetailPage /> },
  { path: 'decisions/catalogues/:id/edit', element: <CatalogueFormPage /> },
  { path: 'decisions/decisions', element: <DecisionListPage /> },
  { path: 'decisions/decisions/new', element: <DecisionFormPage /> },
  { path: 'decisions/decisions/:id', element: <DecisionDetailPage /> },
  { path: 'decisions/decisions/:id/edit', element: <DecisionFormPage /> },
  { path: 'decisions/matters', element: <MatterListPage /> },
  { path: 'decisions/matters/new', element: <MatterFormPage /> },
  { path: 'decisions/matters/:id', element: <MatterDetailPage /> },
  { path: 'decisions/matters/:id/edit', element: <MatterFormPage /> },
];

const decisionsMenu: MenuEntry = {
  key: 'decisions',
  label: messages.menu.group,
  icon: <ApartmentOutlined />,
  module: 'decisions',
  children: [
    { key: '/decisions/catalogues', label: messages.menu.catalogues, module: 'decisions' },
    { key: '/decisions/decisions', label: messages.menu.decisions, module: 'decisions' },
    { key: '/decisions/matters', label: messages.menu.matters, module: 'decisions' },
  ],
};

export const decisionsModule: WebModule = { code: 'decisions', label: '重大行政决策', menu: decisionsMenu, routes: decisionsRoutes };
