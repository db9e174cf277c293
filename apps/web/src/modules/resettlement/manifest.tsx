import { TeamOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { lazyRegisterPages, registerPageRoutes } from '../../platform/register/page-routes';
import { messages } from './messages';

const registers = [
  ['persons', 'personPages'],
  ['activities', 'activityPages'],
] as const;

const routes: RouteObject[] = registers.flatMap(([path, set]) =>
  registerPageRoutes(
    `resettlement/${path}`,
    lazyRegisterPages(
      () => import('./register-pages'),
      (m) => m[set],
    ),
  ),
);

const t = messages.menu;
const menu: MenuEntry = {
  key: 'resettlement',
  label: t.group,
  icon: <TeamOutlined />,
  module: 'resettlement',
  children: registers.map(([path]) => ({ key: `/resettlement/${path}`, label: t[path], module: 'resettlement' })),
};

export const resettlementModule: WebModule = { code: 'resettlement', label: '安置帮教', menu, routes };
