import { TeamOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { registerPageRoutes } from '../../platform/register/page-routes';
import { messages } from './messages';

const reg = (name: keyof typeof import('./register-pages')) =>
  lazyPage(
    () => import('./register-pages'),
    (m) => m[name],
  );
const sub = (name: keyof typeof import('./subject-pages')) =>
  lazyPage(
    () => import('./subject-pages'),
    (m) => m[name],
  );

const pagesOf = (path: string, name: string) => {
  const List = reg(`${name}ListPage` as keyof typeof import('./register-pages'));
  const Form = reg(`${name}FormPage` as keyof typeof import('./register-pages'));
  const Detail = reg(`${name}DetailPage` as keyof typeof import('./register-pages'));
  return registerPageRoutes(path, { List, Form, Detail });
};
const SubjectList = sub('SubjectListPage');
const SubjectForm = sub('SubjectFormPage');
const SubjectDetail = sub('SubjectDetailPage');

const routes: RouteObject[] = [
  ...registerPageRoutes('correction/subjects', { List: SubjectList, Form: SubjectForm, Detail: SubjectDetail }),
  ...pagesOf('correction/reports', 'Report'),
  ...pagesOf('correction/verifications', 'Verification'),
  ...pagesOf('correction/leaves', 'Leave'),
  ...pagesOf('correction/violations', 'Violation'),
  ...pagesOf('correction/monitorings', 'Monitoring'),
  ...pagesOf('correction/meetings', 'Meeting'),
  ...pagesOf('correction/educations', 'Education'),
  ...pagesOf('correction/findings', 'Finding'),
];

const t = messages.menu;
const entry = (path: string, label: string) => ({ key: `/correction/${path}`, label, module: 'correction' });
const menu: MenuEntry = {
  key: 'correction',
  label: t.group,
  icon: <TeamOutlined />,
  module: 'correction',
  children: [
    entry('subjects', t.subjects),
    entry('reports', t.reports),
    entry('verifications', t.verifications),
    entry('leaves', t.leaves),
    entry('violations', t.violations),
    entry('monitorings', t.monitorings),
    entry('meetings', t.meetings),
    entry('educations', t.educations),
    entry('findings', t.findings),
  ],
};

/** 社区矫正 (staff). The subject's phone app is a separate entry (src/m/), with none of these pages. */
export const correctionModule: WebModule = { code: 'correction', label: '社区矫正', menu, routes };
