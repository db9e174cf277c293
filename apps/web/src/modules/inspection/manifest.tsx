import { AuditOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import type { DashboardSection } from '../../platform/home/home-page';
import { messages } from './messages';

type Pages = { List: ComponentType; Detail: ComponentType; Form: ComponentType };
type Loader = () => Promise<Record<string, Pages>>;
const plain: Loader = () => import('./register-pages') as never;
const registers: [string, string, Loader][] = [
  ['tasks', 'taskPages', plain],
  ['rounds', 'roundPages', plain],
  ['subjects', 'subjectPages', () => import('./workflow-pages') as never],
  ['schemes', 'schemePages', () => import('./scheme-pages') as never],
  ['items', 'itemPages', plain],
  ['scores', 'scorePages', () => import('./workflow-pages') as never],
  ['demo-items', 'demoItemPages', plain],
  ['demo-tasks', 'demoTaskPages', plain],
  ['honours', 'honourPages', plain],
];

const ReadinessPage = lazyPage(
  () => import('./readiness-page'),
  (m) => m.ReadinessPage,
);

const inspectionRoutes: RouteObject[] = [
  ...registers.flatMap(([path, set, load]) => {
    const page = (kind: 'List' | 'Detail' | 'Form') => lazyPage(load, (m) => m[set]![kind]);
    const [List, Detail, Form] = [page('List'), page('Detail'), page('Form')];
    return [
      { path: `inspection/${path}`, element: <List /> },
      { path: `inspection/${path}/new`, element: <Form /> },
      { path: `inspection/${path}/:id`, element: <Detail /> },
      { path: `inspection/${path}/:id/edit`, element: <Form /> },
    ];
  }),
  { path: 'inspection/readiness', element: <ReadinessPage /> },
];

const InspectionDashboard = lazyPage(
  () => import('./dashboard-section'),
  (m) => m.InspectionDashboard,
);
const inspectionDashboard: DashboardSection = { key: 'inspection', module: 'inspection', Component: InspectionDashboard };

const menuLabels: Record<string, string> = messages.menu;
const inspectionMenu: MenuEntry = {
  key: 'inspection',
  label: messages.menu.group,
  icon: <AuditOutlined />,
  module: 'inspection',
  children: [...registers.map(([path]) => path), 'readiness'].map((path) => ({ key: `/inspection/${path}`, label: menuLabels[path]!, module: 'inspection' })),
};

export const inspectionModule: WebModule = {
  code: 'inspection',
  label: '法治督察与考核',
  menu: inspectionMenu,
  routes: inspectionRoutes,
  dashboard: inspectionDashboard,
};
