import { AuditOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { DashboardSection } from '../../platform/home/home-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const CaseListPage = lazyPage(
  () => import('./case-list-page'),
  (m) => m.CaseListPage,
);
const CaseDetailPage = lazyPage(
  () => import('./case-detail-page'),
  (m) => m.CaseDetailPage,
);
const CaseFormPage = lazyPage(
  () => import('./case-form-page'),
  (m) => m.CaseFormPage,
);
const TodoPage = lazyPage(
  () => import('./todo-page'),
  (m) => m.TodoPage,
);
const ObservationListPage = lazyPage(
  () => import('./observation-pages'),
  (m) => m.ObservationListPage,
);
const ObservationDetailPage = lazyPage(
  () => import('./observation-pages'),
  (m) => m.ObservationDetailPage,
);
const ObservationFormPage = lazyPage(
  () => import('./observation-pages'),
  (m) => m.ObservationFormPage,
);
const SuggestionListPage = lazyPage(
  () => import('./suggestion-pages'),
  (m) => m.SuggestionListPage,
);
const SuggestionDetailPage = lazyPage(
  () => import('./suggestion-pages'),
  (m) => m.SuggestionDetailPage,
);
const SuggestionFormPage = lazyPage(
  () => import('./suggestion-pages'),
  (m) => m.SuggestionFormPage,
);
const BulletinsPage = lazyPage(
  () => import('./bulletins-page'),
  (m) => m.BulletinsPage,
);
const LitigationDashboard = lazyPage(
  () => import('./dashboard-section'),
  (m) => m.LitigationDashboard,
);

const litigationRoutes: RouteObject[] = [
  { path: 'litigation/cases', element: <CaseListPage /> },
  { path: 'litigation/cases/new', element: <CaseFormPage /> },
  { path: 'litigation/cases/:id', element: <CaseDetailPage /> },
  { path: 'litigation/cases/:id/edit', element: <CaseFormPage /> },
  { path: 'litigation/todo', element: <TodoPage /> },
  { path: 'litigation/observations', element: <ObservationListPage /> },
  { path: 'litigation/observations/new', element: <ObservationFormPage /> },
  { path: 'litigation/observations/:id', element: <ObservationDetailPage /> },
  { path: 'litigation/observations/:id/edit', element: <ObservationFormPage /> },
  { path: 'litigation/suggestions', element: <SuggestionListPage /> },
  { path: 'litigation/suggestions/new', element: <SuggestionFormPage /> },
  { path: 'litigation/suggestions/:id', element: <SuggestionDetailPage /> },
  { path: 'litigation/suggestions/:id/edit', element: <SuggestionFormPage /> },
  { path: 'litigation/bulletins', element: <BulletinsPage /> },
];

const litigationMenu: MenuEntry = {
  key: 'litigation',
  label: messages.menu.group,
  icon: <AuditOutlined />,
  module: 'litigation',
  children: [
    { key: '/litigation/cases', label: messages.menu.cases, module: 'litigation' },
    { key: '/litigation/todo', label: messages.menu.todo, module: 'litigation' },
    { key: '/litigation/observations', label: messages.menu.observations, module: 'litigation' },
    { key: '/litigation/suggestions', label: messages.menu.suggestions, module: 'litigation' },
    { key: '/litigation/bulletins', label: messages.menu.bulletins, module: 'litigation' },
  ],
};

const litigationDashboard: DashboardSection = { key: 'litigation', module: 'litigation', Component: LitigationDashboard };

export const litigationModule: WebModule = { code: 'litigation', label: '行政应诉', menu: litigationMenu, routes: litigationRoutes, dashboard: litigationDashboard };
