import { TeamOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const registers = [
  ['persons', 'personPages'],
  ['activities', 'activityPages'],
] as const;

const routes: RouteObject[] = registers.flatMap(([path, set]) => {
  const load = () => import('./register-pages');
  const List = lazyPage(load, (m) => m[set].List);
  const Detail = lazyPage(load, (m) => m[set].Detail);
  const Form = lazyPage(load, (m) => m[set].Form);
  return [
    { path: `resettlement/${path}`, element: <List /> },
    { path: `resettlement/${path}/new`, element: <Form /> },
    { path: `resettlement/${path}/:id`, element: <Detail /> },
    { path: `resettlement/${path}/:id/edit`, element: <Form /> },
  ];
});

const t = messages.menu;
const menu: MenuEntry = {
  key: 'resettlement',
  label: t.group,
  icon: <TeamOutlined />,
  module: 'resettlement',
  children: registers.map(([path]) => ({ key: `/resettlement/${path}`, label: t[path], module: 'resettlement' })),
};

export const resettlementModule: WebModule = { code: 'resettlement', label: '安置帮教', menu, routes };
