import { FileProtectOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { lazyRegisterPages, registerPageRoutes } from '../../platform/register/page-routes';
import { messages } from './messages';

const registerPages = () => import('./register-pages');
const routes: RouteObject[] = [
  ...registerPageRoutes(
    'certification/items',
    lazyRegisterPages(registerPages, (m) => m.itemPages),
  ),
  ...registerPageRoutes(
    'certification/verifications',
    lazyRegisterPages(
      () => import('./verification-pages'),
      (m) => m.verificationPages,
    ),
  ),
  ...registerPageRoutes(
    'certification/service-stats',
    lazyRegisterPages(registerPages, (m) => m.statPages),
  ),
];

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
