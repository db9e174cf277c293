import { ApartmentOutlined, HomeOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Suspense } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { litigationDashboard, litigationMenu, litigationRoutes } from './modules/litigation/routes';
import { useMe } from './platform/auth/me-context';
import { FullPageSpin, RequireAuth } from './platform/auth/require-auth';
import { lazyPage } from './platform/common/lazy-page';
import { NotFoundPage } from './platform/common/not-found-page';
import { AppLayout } from './platform/layout/app-layout';
import type { MenuEntry } from './platform/layout/menu';
import { messages } from './platform/messages';

const LoginPage = lazyPage(() => import('./platform/auth/login-page'), (m) => m.LoginPage);
const ChangePasswordPage = lazyPage(() => import('./platform/auth/change-password-page'), (m) => m.ChangePasswordPage);
const HomePage = lazyPage(() => import('./platform/home/home-page'), (m) => m.HomePage);
const IndicatorDrillPage = lazyPage(() => import('./platform/indicators/indicator-drill-page'), (m) => m.IndicatorDrillPage);
const OrgAdminPage = lazyPage(() => import('./platform/org/org-admin-page'), (m) => m.OrgAdminPage);
const UsersAdminPage = lazyPage(() => import('./platform/users/users-admin-page'), (m) => m.UsersAdminPage);

// Each module contributes its menu entry, routes and 首页 section here; nothing else knows the list.
const menu: MenuEntry[] = [
  { key: '/', label: messages.menu.home, icon: <HomeOutlined /> },
  litigationMenu,
  {
    key: 'admin',
    label: messages.menu.admin,
    icon: <SettingOutlined />,
    children: [
      { key: '/admin/org', label: messages.menu.org, module: 'org', icon: <ApartmentOutlined /> },
      { key: '/admin/users', label: messages.menu.users, module: 'users', icon: <TeamOutlined /> },
    ],
  },
];

const dashboardSections = [litigationDashboard];

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

const routes: RouteObject[] = [
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
          ...litigationRoutes,
          { path: 'admin/org', element: <OrgAdminPage /> },
          { path: 'admin/users', element: <UsersAdminPage /> },
          { path: '*', element: <NotFoundPage /> },
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
