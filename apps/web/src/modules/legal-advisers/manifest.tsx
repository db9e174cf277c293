import { TeamOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const AdviserListPage = lazyPage(
  () => import('./adviser-pages'),
  (m) => m.AdviserListPage,
);
const AdviserDetailPage = lazyPage(
  () => import('./adviser-pages'),
  (m) => m.AdviserDetailPage,
);
const AdviserFormPage = lazyPage(
  () => import('./adviser-pages'),
  (m) => m.AdviserFormPage,
);
const PublicLawyerListPage = lazyPage(
  () => import('./public-lawyer-pages'),
  (m) => m.PublicLawyerListPage,
);
const PublicLawyerDetailPage = lazyPage(
  () => import('./public-lawyer-pages'),
  (m) => m.PublicLawyerDetailPage,
);
const PublicLawyerFormPage = lazyPage(
  () => import('./public-lawyer-pages'),
  (m) => m.PublicLawyerFormPage,
);
const ServiceListPage = lazyPage(
  () => import('./service-pages'),
  (m) => m.ServiceListPage,
);
const ServiceDetailPage = lazyPage(
  () => import('./service-pages'),
  (m) => m.ServiceDetailPage,
);
const ServiceFormPage = lazyPage(
  () => import('./service-form-page'),
  (m) => m.ServiceFormPage,
);

const EnterpriseListPage = lazyPage(
  () => import('./served-group-pages'),
  (m) => m.EnterpriseListPage,
);
const EnterpriseDetailPage = lazyPage(
  () => import('./served-group-pages'),
  (m) => m.EnterpriseDetailPage,
);
const EnterpriseFormPage = lazyPage(
  () => import('./served-group-pages'),
  (m) => m.EnterpriseFormPage,
);
const ThemeListPage = lazyPage(
  () => import('./served-group-pages'),
  (m) => m.ThemeListPage,
);
const ThemeDetailPage = lazyPage(
  () => import('./served-group-pages'),
  (m) => m.ThemeDetailPage,
);
const ThemeFormPage = lazyPage(
  () => import('./served-group-pages'),
  (m) => m.ThemeFormPage,
);

const PublicVillageAdvisersPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicVillageAdvisersPage,
);

const legalAdvisersRoutes: RouteObject[] = [
  { path: 'legal-advisers/advisers', element: <AdviserListPage /> },
  { path: 'legal-advisers/advisers/new', element: <AdviserFormPage /> },
  { path: 'legal-advisers/advisers/:id', element: <AdviserDetailPage /> },
  { path: 'legal-advisers/advisers/:id/edit', element: <AdviserFormPage /> },
  { path: 'legal-advisers/public-lawyers', element: <PublicLawyerListPage /> },
  { path: 'legal-advisers/public-lawyers/new', element: <PublicLawyerFormPage /> },
  { path: 'legal-advisers/public-lawyers/:id', element: <PublicLawyerDetailPage /> },
  { path: 'legal-advisers/public-lawyers/:id/edit', element: <PublicLawyerFormPage /> },
  { path: 'legal-advisers/services', element: <ServiceListPage /> },
  { path: 'legal-advisers/services/new', element: <ServiceFormPage /> },
  { path: 'legal-advisers/services/:id', element: <ServiceDetailPage /> },
  { path: 'legal-advisers/services/:id/edit', element: <ServiceFormPage /> },
  { path: 'legal-advisers/enterprises', element: <EnterpriseListPage /> },
  { path: 'legal-advisers/enterprises/new', element: <EnterpriseFormPage /> },
  { path: 'legal-advisers/enterprises/:id', element: <EnterpriseDetailPage /> },
  { path: 'legal-advisers/enterprises/:id/edit', element: <EnterpriseFormPage /> },
  { path: 'legal-advisers/themes', element: <ThemeListPage /> },
  { path: 'legal-advisers/themes/new', element: <ThemeFormPage /> },
  { path: 'legal-advisers/themes/:id', element: <ThemeDetailPage /> },
  { path: 'legal-advisers/themes/:id/edit', element: <ThemeFormPage /> },
];

const legalAdvisersMenu: MenuEntry = {
  key: 'legalAdvisers',
  label: messages.menu.group,
  icon: <TeamOutlined />,
  module: 'legalAdvisers',
  children: [
    { key: '/legal-advisers/advisers', label: messages.menu.advisers, module: 'legalAdvisers' },
    { key: '/legal-advisers/public-lawyers', label: messages.menu.publicLawyers, module: 'legalAdvisers' },
    { key: '/legal-advisers/services', label: messages.menu.services, module: 'legalAdvisers' },
    { key: '/legal-advisers/themes', label: messages.menu.themes, module: 'legalAdvisers' },
    { key: '/legal-advisers/enterprises', label: messages.menu.enterprises, module: 'legalAdvisers' },
  ],
};

export const legalAdvisersModule: WebModule = {
  code: 'legalAdvisers',
  label: '法律顾问与公职律师',
  menu: legalAdvisersMenu,
  routes: legalAdvisersRoutes,
  publicRoutes: [{ path: 'village-advisers', element: <PublicVillageAdvisersPage /> }],
  portalSections: [{ to: '/gk/village-advisers', label: messages.portal.section }],
};
