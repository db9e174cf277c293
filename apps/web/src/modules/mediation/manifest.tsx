import { TeamOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const disputes = () => import('./dispute-pages');
const registers = () => import('./register-pages');
const DisputeListPage = lazyPage(disputes, (m) => m.DisputeListPage);
const DisputeDetailPage = lazyPage(disputes, (m) => m.DisputeDetailPage);
const DisputeFormPage = lazyPage(disputes, (m) => m.DisputeFormPage);
const CommitteeListPage = lazyPage(registers, (m) => m.CommitteeListPage);
const CommitteeDetailPage = lazyPage(registers, (m) => m.CommitteeDetailPage);
const CommitteeFormPage = lazyPage(registers, (m) => m.CommitteeFormPage);
const MediatorListPage = lazyPage(registers, (m) => m.MediatorListPage);
const MediatorDetailPage = lazyPage(registers, (m) => m.MediatorDetailPage);
const MediatorFormPage = lazyPage(registers, (m) => m.MediatorFormPage);
const HonourListPage = lazyPage(registers, (m) => m.HonourListPage);
const HonourDetailPage = lazyPage(registers, (m) => m.HonourDetailPage);
const HonourFormPage = lazyPage(registers, (m) => m.HonourFormPage);
const CampaignListPage = lazyPage(registers, (m) => m.CampaignListPage);
const CampaignDetailPage = lazyPage(registers, (m) => m.CampaignDetailPage);
const CampaignFormPage = lazyPage(registers, (m) => m.CampaignFormPage);
const PublicCommitteesPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicCommitteesPage,
);

/** list, new, detail, edit of one register. */
function crud(path: string, list: ReactElement, detail: ReactElement, form: ReactElement): RouteObject[] {
  return [
    { path, element: list },
    { path: `${path}/new`, element: form },
    { path: `${path}/:id`, element: detail },
    { path: `${path}/:id/edit`, element: form },
  ];
}

const mediationRoutes: RouteObject[] = [
  ...crud('mediation/disputes', <DisputeListPage />, <DisputeDetailPage />, <DisputeFormPage />),
  ...crud('mediation/committees', <CommitteeListPage />, <CommitteeDetailPage />, <CommitteeFormPage />),
  ...crud('mediation/mediators', <MediatorListPage />, <MediatorDetailPage />, <MediatorFormPage />),
  ...crud('mediation/honours', <HonourListPage />, <HonourDetailPage />, <HonourFormPage />),
  ...crud('mediation/campaigns', <CampaignListPage />, <CampaignDetailPage />, <CampaignFormPage />),
];

const m = messages.menu;
const mediationMenu: MenuEntry = {
  key: 'mediation',
  label: m.group,
  icon: <TeamOutlined />,
  module: 'mediation',
  children: [
    { key: '/mediation/disputes', label: m.disputes, module: 'mediation' },
    { key: '/mediation/committees', label: m.committees, module: 'mediation' },
    { key: '/mediation/mediators', label: m.mediators, module: 'mediation' },
    { key: '/mediation/honours', label: m.honours, module: 'mediation' },
    { key: '/mediation/campaigns', label: m.campaigns, module: 'mediation' },
  ],
};

export const mediationModule: WebModule = {
  code: 'mediation',
  label: '人民调解',
  menu: mediationMenu,
  routes: mediationRoutes,
  publicRoutes: [{ path: 'mediation-committees', element: <PublicCommitteesPage /> }],
  portalSections: [{ to: '/gk/mediation-committees', label: messages.portal.section }],
};
