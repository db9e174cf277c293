import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { DashboardSection } from '../../platform/home/home-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { registerPageRoutes } from '../../platform/register/page-routes';
import { messages } from './messages';

const reg = (name: keyof typeof import('./register-pages')) =>
  lazyPage(
    () => import('./register-pages'),
    (m) => m[name],
  );
const off = (name: keyof typeof import('./officer-pages')) =>
  lazyPage(
    () => import('./officer-pages'),
    (m) => m[name],
  );
const cp = (name: keyof typeof import('./case-pages')) =>
  lazyPage(
    () => import('./case-pages'),
    (m) => m[name],
  );
const casePagesOf = (path: string, name: string) => {
  const List = cp(`${name}ListPage` as keyof typeof import('./case-pages'));
  const Form = cp(`${name}FormPage` as keyof typeof import('./case-pages'));
  const Detail = cp(`${name}DetailPage` as keyof typeof import('./case-pages'));
  return registerPageRoutes(path, { List, Form, Detail });
};
const pub = (name: keyof typeof import('./public-pages')) =>
  lazyPage(
    () => import('./public-pages'),
    (m) => m[name],
  );

const pagesOf = (path: string, name: string) => {
  const List = reg(`${name}ListPage` as keyof typeof import('./register-pages'));
  const Form = reg(`${name}FormPage` as keyof typeof import('./register-pages'));
  const Detail = reg(`${name}DetailPage` as keyof typeof import('./register-pages'));
  return registerPageRoutes(path, { List, Form, Detail });
};
const app = (name: keyof typeof import('./application-pages')) =>
  lazyPage(
    () => import('./application-pages'),
    (m) => m[name],
  );
const OfficerList = off('OfficerListPage');
const OfficerForm = off('OfficerFormPage');
const OfficerDetail = off('OfficerDetailPage');
const PublicBodies = pub('PublicBodiesPage');
const PublicLeniency = pub('PublicLeniencyPage');
const PublicCheck = pub('PublicCertificateCheckPage');
const PublicDisclosures = pub('PublicDisclosuresPage');
const EnforcementDashboard = lazyPage(
  () => import('./dashboard-section'),
  (m) => m.EnforcementDashboard,
);

const routes: RouteObject[] = [
  ...pagesOf('enforcement/bodies', 'Body'),
  ...registerPageRoutes('enforcement/officers', { List: OfficerList, Form: OfficerForm, Detail: OfficerDetail }),
  ...pagesOf('enforcement/certificates', 'Certificate'),
  ...registerPageRoutes('enforcement/applications', { List: app('ApplicationListPage'), Form: app('ApplicationFormPage'), Detail: app('ApplicationDetailPage') }),
  ...pagesOf('enforcement/reviews', 'Review'),
  ...pagesOf('enforcement/trainings', 'Training'),
  ...pagesOf('enforcement/items', 'Item'),
  ...pagesOf('enforcement/standards', 'Standard'),
  ...pagesOf('enforcement/leniency-items', 'LeniencyItem'),
  ...pagesOf('enforcement/leniency-decisions', 'Decision'),
  ...casePagesOf('enforcement/cases', 'Case'),
  ...casePagesOf('enforcement/review-campaigns', 'Campaign'),
  ...casePagesOf('enforcement/rubric-items', 'RubricItem'),
  ...casePagesOf('enforcement/review-files', 'ReviewFile'),
  ...casePagesOf('enforcement/supervision-plans', 'Plan'),
  ...casePagesOf('enforcement/supervision-checks', 'Check'),
  ...casePagesOf('enforcement/rectifications', 'Rectification'),
];

const t = messages.menu;
const entry = (path: string, label: string) => ({ key: `/enforcement/${path}`, label, module: 'enforcement' });
const menu: MenuEntry = {
  key: 'enforcement',
  label: t.group,
  icon: <SafetyCertificateOutlined />,
  module: 'enforcement',
  children: [
    entry('bodies', t.bodies),
    entry('officers', t.officers),
    entry('certificates', t.certificates),
    entry('applications', t.applications),
    entry('reviews', t.reviews),
    entry('trainings', t.trainings),
    entry('items', t.items),
    entry('standards', t.standards),
    entry('leniency-items', t.leniencyItems),
    entry('leniency-decisions', t.decisions),
    entry('cases', t.cases),
    entry('review-campaigns', t.campaigns),
    entry('rubric-items', t.rubric),
    entry('review-files', t.reviewFiles),
    entry('supervision-plans', t.plans),
    entry('supervision-checks', t.checks),
    entry('rectifications', t.rectifications),
  ],
};

const dashboard: DashboardSection = { key: 'enforcement', module: 'enforcement', Component: EnforcementDashboard };

export const enforcementModule: WebModule = {
  code: 'enforcement',
  label: '行政执法协调监督',
  menu,
  routes,
  dashboard,
  publicRoutes: [
    { path: 'enforcement', element: <PublicBodies /> },
    { path: 'enforcement/leniency', element: <PublicLeniency /> },
    { path: 'enforcement/certificate-check', element: <PublicCheck /> },
    { path: 'enforcement/disclosures', element: <PublicDisclosures /> },
  ],
  portalSections: [
    { to: '/gk/enforcement', label: messages.portal.sectionBodies },
    { to: '/gk/enforcement/leniency', label: messages.portal.sectionLeniency },
    { to: '/gk/enforcement/certificate-check', label: messages.portal.sectionCheck },
    { to: '/gk/enforcement/disclosures', label: messages.portal.sectionDisclosures },
  ],
};
