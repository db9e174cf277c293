import { FileTextOutlined } from '@ant-design/icons';
import { Navigate, type RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const ReportListPage = lazyPage(
  () => import('./report-list-page'),
  (m) => m.ReportListPage,
);
const ReportFormPage = lazyPage(
  () => import('./report-list-page'),
  (m) => m.ReportFormPage,
);
const ReportPage = lazyPage(
  () => import('./report-page'),
  (m) => m.ReportPage,
);
const TemplateListPage = lazyPage(
  () => import('./template-pages'),
  (m) => m.TemplateListPage,
);
const TemplateEditorPage = lazyPage(
  () => import('./template-pages'),
  (m) => m.TemplateEditorPage,
);
const AssignmentsPage = lazyPage(
  () => import('./assignments-page'),
  (m) => m.AssignmentsPage,
);
const PublicReportListPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicReportListPage,
);
const PublicReportPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicReportPage,
);

const reportsRoutes: RouteObject[] = [
  { path: 'reports/annual', element: <ReportListPage /> },
  { path: 'reports/annual/new', element: <ReportFormPage /> },
  { path: 'reports/annual/:id', element: <ReportPage /> },
  { path: 'reports/templates', element: <TemplateListPage /> },
  { path: 'reports/templates/new', element: <TemplateEditorPage /> },
  { path: 'reports/templates/:id', element: <TemplateEditorPage /> },
  { path: 'reports/assignments', element: <AssignmentsPage /> },
];

/** Under the public portal (/gk), no login. */
const reportsPublicRoutes: RouteObject[] = [
  { index: true, element: <Navigate to="/gk/reports" replace /> },
  { path: 'reports', element: <PublicReportListPage /> },
  { path: 'reports/:id', element: <PublicReportPage /> },
];

// The group has no module of its own: department staff hold only `update` (to answer requests for material)
// and see 报告材料 alone.
const reportsMenu: MenuEntry = {
  key: 'reports',
  label: messages.menu.group,
  icon: <FileTextOutlined />,
  children: [
    { key: '/reports/annual', label: messages.menu.reports, module: 'reports' },
    { key: '/reports/templates', label: messages.menu.templates, module: 'reports' },
    { key: '/reports/assignments', label: messages.menu.assignments, module: 'reports', action: 'update' },
  ],
};

export const reportsModule: WebModule = {
  code: 'reports',
  label: '法治政府建设年度报告',
  menu: reportsMenu,
  routes: reportsRoutes,
  publicRoutes: reportsPublicRoutes,
  portalSections: [{ to: '/gk/reports', label: '年度报告' }],
};
