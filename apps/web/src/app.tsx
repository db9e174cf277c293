import { ApartmentOutlined, FileSearchOutlined, HomeOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Suspense } from 'react';
import { createBrowserRouter, Outlet, RouterProvider, type RouteObject } from 'react-router-dom';
import { webModules } from './modules';
import { MeProvider, useMe } from './platform/auth/me-context';
import { FullPageSpin, RequireAuth } from './platform/auth/require-auth';
import { lazyPage } from './platform/common/lazy-page';
import type { MenuEntry } from './platform/layout/menu';
import { messages, nameModules } from './platform/messages';

nameModules(webModules);

// index.html preloads this page's chunks (vite.config.ts): a first visit ends here.
const LoginPage = lazyPage(
  () => import('./platform/auth/login-page'),
  (m) => m.LoginPage,
);
const ChangePasswordPage = lazyPage(
  () => import('./platform/auth/change-password-page'),
  (m) => m.ChangePasswordPage,
);
const HomePage = lazyPage(
  () => import('./platform/home/home-page'),
  (m) => m.HomePage,
);
const IndicatorDrillPage = lazyPage(
  () => import('./platform/indicators/indicator-drill-page'),
  (m) => m.IndicatorDrillPage,
);
const OrgAdminPage = lazyPage(
  () => import('./platform/org/org-admin-page'),
  (m) => m.OrgAdminPage,
);
const UsersAdminPage = lazyPage(
  () => import('./platform/users/users-admin-page'),
  (m) => m.UsersAdminPage,
);
const AuditLogPage = lazyPage(
  () => import('./platform/audit/audit-log-page'),
  (m) => m.AuditLogPage,
);
const GlobalSearchPage = lazyPage(
  () => import('./platform/search/global-search-page'),
  (m) => m.GlobalSearchPage,
);
// The staff layout (menu, drawer, bell, search) is its own chunk: the login page never needs it.
const AppLayout = lazyPage(
  () => import('./platform/layout/app-layout'),
  (m) => m.AppLayout,
);
const NotFoundPage = lazyPage(
  () => import('./platform/common/not-found-page'),
  (m) => m.NotFoundPage,
);
const PortalLayout = lazyPage(
  () => import('./platform/portal/portal-layout'),
  (m) => m.PortalLayout,
);

// Each module's manifest (modules/index.ts) contributes its menu entry, routes and 首页 section.
const menu: MenuEntry[] = [
  { key: '/', label: messages.menu.home, icon: <HomeOutlined /> },
  ...webModules.map((m) => m.menu),
  {
    key: 'admin',
    label: messages.menu.admin,
    icon: <SettingOutlined />,
    children: [
      { key: '/admin/org', label: messages.menu.org, module: 'org', icon: <ApartmentOutlined /> },
      { key: '/admin/users', label: messages.menu.users, module: 'users', icon: <TeamOutlined /> },
      { key: '/admin/audit', label: messages.menu.audit, module: 'audit', icon: <FileSearchOutlined /> },
    ],
  },
];

const dashboardSections = webModules.flatMap((m) => (m.dashboard ? [m.dashboard] : []));

/** A forced change shows the bare form; a voluntary one stays inside the layout. */
function PasswordRoute() {
  const me = useMe();
  if (me.mustChangePassword) return <ChangePasswordPage />;
  return (
    <AppLayout menu={menu}>
      <ChangePasswordPage />
    </AppLayout>
  );
}

/** The session (GET /api/auth/me) exists only for the staff app; the public portal never asks for it. */
function SessionRoot() {
  return (
    <MeProvider>
      <Outlet />
    </MeProvider>
  );
}

const routes: RouteObject[] = [
  // 政务公开: outside the session provider and the auth guard, so a visitor is never sent to /login.
  { path: '/gk', element: <PortalLayout sections={webModules.flatMap((m) => m.portalSections ?? [])} />, children: webModules.flatMap((m) => m.publicRoutes ?? []) },
  {
    element: <SessionRoot />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          { path: '/password', element: <PasswordRoute /> },
          {
            element: <AppLayout menu={menu} />,
            children: [
              { index: true, element: <HomePage sections={dashboardSections} /> },
              { path: 'indicators/:id', element: <IndicatorDrillPage /> },
              ...webModules.flatMap((m) => m.routes),
              { path: 'admin/org', element: <OrgAdminPage /> },
              { path: 'admin/users', element: <UsersAdminPage /> },
              { path: 'admin/audit', element: <AuditLogPage /> },
              { path: 'search', element: <GlobalSearchPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <RouterProvider router={router} />
    </Suspense>
  );
}
