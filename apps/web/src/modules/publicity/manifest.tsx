import { ReadOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { lazyRegisterPages, registerPageRoutes } from '../../platform/register/page-routes';
import { messages } from './messages';

type PageSet = 'taskPages' | 'dutyPages' | 'eventPages' | 'sitePages' | 'liaisonPages' | 'ratingPages' | 'trainingPages';
const registers: [string, PageSet][] = [
  ['tasks', 'taskPages'],
  ['duties', 'dutyPages'],
  ['events', 'eventPages'],
  ['sites', 'sitePages'],
  ['liaisons', 'liaisonPages'],
  ['ratings', 'ratingPages'],
  ['trainings', 'trainingPages'],
];

const publicityRoutes: RouteObject[] = registers.flatMap(([path, set]) =>
  registerPageRoutes(
    `publicity/${path}`,
    lazyRegisterPages(
      () => import('./register-pages'),
      (m) => m[set],
    ),
  ),
);

const PublicEventsPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicEventsPage,
);

const menuLabels: Record<string, string> = messages.menu;
const publicityMenu: MenuEntry = {
  key: 'publicity',
  label: messages.menu.group,
  icon: <ReadOutlined />,
  module: 'publicity',
  children: registers.map(([path]) => ({ key: `/publicity/${path}`, label: menuLabels[path]!, module: 'publicity' })),
};

export const publicityModule: WebModule = {
  code: 'publicity',
  label: '普法宣传',
  menu: publicityMenu,
  routes: publicityRoutes,
  publicRoutes: [{ path: 'publicity-events', element: <PublicEventsPage /> }],
  portalSections: [{ to: '/gk/publicity-events', label: messages.portal.section }],
};
