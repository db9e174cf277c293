import { FileProtectOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const DocumentListPage = lazyPage(
  () => import('./document-list-page'),
  (m) => m.DocumentListPage,
);
const DocumentFormPage = lazyPage(
  () => import('./document-list-page'),
  (m) => m.DocumentFormPage,
);
const DocumentDetailPage = lazyPage(
  () => import('./document-detail-page'),
  (m) => m.DocumentDetailPage,
);
const CampaignListPage = lazyPage(
  () => import('./campaign-pages'),
  (m) => m.CampaignListPage,
);
const CampaignFormPage = lazyPage(
  () => import('./campaign-pages'),
  (m) => m.CampaignFormPage,
);
const CampaignDetailPage = lazyPage(
  () => import('./campaign-pages'),
  (m) => m.CampaignDetailPage,
);
const PublicDocumentListPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicDocumentListPage,
);
const PublicDocumentPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicDocumentPage,
);

const normativeDocsRoutes: RouteObject[] = [
  { path: 'normative-docs/documents', element: <DocumentListPage /> },
  { path: 'normative-docs/documents/new', element: <DocumentFormPage /> },
  { path: 'normative-docs/documents/:id', element: <DocumentDetailPage /> },
  { path: 'normative-docs/documents/:id/edit', element: <DocumentFormPage /> },
  { path: 'normative-docs/campaigns', element: <CampaignListPage /> },
  { path: 'normative-docs/campaigns/new', element: <CampaignFormPage /> },
  { path: 'normative-docs/campaigns/:id', element: <CampaignDetailPage /> },
  { path: 'normative-docs/campaigns/:id/edit', element: <CampaignFormPage /> },
];

/** Pages of the public portal (/gk), readable without login. */
const normativeDocsPublicRoutes: RouteObject[] = [
  { path: 'normative-documents', element: <PublicDocumentListPage /> },
  { path: 'normative-documents/:id', element: <PublicDocumentPage /> },
];

const normativeDocsMenu: MenuEntry = {
  key: 'normativeDocs',
  label: messages.menu.group,
  icon: <FileProtectOutlined />,
  module: 'normativeDocs',
  children: [
    { key: '/normative-docs/documents', label: messages.menu.documents, module: 'normativeDocs' },
    { key: '/normative-docs/campaigns', label: messages.menu.campaigns, module: 'normativeDocs' },
  ],
};

export const normativeDocsModule: WebModule = {
  code: 'normativeDocs',
  label: '行政规范性文件',
  menu: normativeDocsMenu,
  routes: normativeDocsRoutes,
  publicRoutes: normativeDocsPublicRoutes,
  portalSections: [{ to: '/gk/normative-documents', label: '规范性文件' }],
};
