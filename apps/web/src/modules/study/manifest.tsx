import { SolutionOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { lazyRegisterPages, registerPageRoutes } from '../../platform/register/page-routes';
import { messages } from './messages';

type PageSet = 'sessionPages' | 'coursePages' | 'attendancePages' | 'dutyPages' | 'questionPages' | 'examPages';
const registers: [string, PageSet][] = [
  ['sessions', 'sessionPages'],
  ['courses', 'coursePages'],
  ['attendances', 'attendancePages'],
  ['duties', 'dutyPages'],
  ['questions', 'questionPages'],
  ['exams', 'examPages'],
];

const registerRoutes: RouteObject[] = registers.flatMap(([path, set]) =>
  registerPageRoutes(
    `study/${path}`,
    lazyRegisterPages(
      () => import('./register-pages'),
      (m) => m[set],
    ),
  ),
);
const MyExamsPage = lazyPage(
  () => import('./exam-pages'),
  (m) => m.MyExamsPage,
);
const SittingPage = lazyPage(
  () => import('./exam-pages'),
  (m) => m.SittingPage,
);

const menuLabels: Record<string, string> = messages.menu;
// 我的考试 is every user's (a candidate needs no grant); the registers need the module's read.
const studyMenu: MenuEntry = {
  key: 'study',
  label: messages.menu.group,
  icon: <SolutionOutlined />,
  children: [{ key: '/study/my', label: messages.menu.my }, ...registers.map(([path]) => ({ key: `/study/${path}`, label: menuLabels[path]!, module: 'study' }))],
};

export const studyModule: WebModule = {
  code: 'study',
  label: '学法用法',
  menu: studyMenu,
  routes: [...registerRoutes, { path: 'study/my', element: <MyExamsPage /> }, { path: 'study/my/sittings/:id', element: <SittingPage /> }],
};
