import { BankOutlined } from '@ant-design/icons';
import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const office = (name: keyof typeof import('./office-pages')) =>
  lazyPage(
    () => import('./office-pages'),
    (m) => m[name],
  );
const OfficeListPage = office('OfficeListPage');
const OfficeDetailPage = office('OfficeDetailPage');
const OfficeFormPage = office('OfficeFormPage');
const ItemListPage = office('ItemListPage');
const ItemDetailPage = office('ItemDetailPage');
const ItemFormPage = office('ItemFormPage');
const StandardListPage = office('StandardListPage');
const StandardDetailPage = office('StandardDetailPage');
const StandardFormPage = office('StandardFormPage');
const TrainingListPage = office('TrainingListPage');
const TrainingDetailPage = office('TrainingDetailPage');
const TrainingFormPage = office('TrainingFormPage');

const RatingListPage = lazyPage(
  () => import('./rating-pages'),
  (m) => m.RatingListPage,
);
const RatingDetailPage = lazyPage(
  () => import('./rating-pages'),
  (m) => m.RatingDetailPage,
);
const RatingFormPage = lazyPage(
  () => import('./rating-pages'),
  (m) => m.RatingFormPage,
);
const activity = (name: keyof typeof import('./activity-pages')) =>
  lazyPage(
    () => import('./activity-pages'),
    (m) => m[name],
  );
const ActivityListPage = activity('ActivityListPage');
const ActivityDetailPage = activity('ActivityDetailPage');
const ActivityFormPage = activity('ActivityFormPage');
const ActivityEditPage = activity('ActivityEditPage');
const assistant = (name: keyof typeof import('./assistant-pages')) =>
  lazyPage(
    () => import('./assistant-pages'),
    (m) => m[name],
  );
const AssistantListPage = assistant('AssistantListPage');
const AssistantDetailPage = assistant('AssistantDetailPage');
const AssistantFormPage = assistant('AssistantFormPage');
const PublicJudicialOfficesPage = lazyPage(
  () => import('./public-pages'),
  (m) => m.PublicJudicialOfficesPage,
);

/** list, new, detail and edit routes of one register. */
const crud = (path: string, list: ReactElement, form: ReactElement, detail: ReactElement, edit = form): RouteObject[] => [
  { path, element: list },
  { path: `${path}/new`, element: form },
  { path: `${path}/:id`, element: detail },
  { path: `${path}/:id/edit`, element: edit },
];

const routes: RouteObject[] = [
  ...crud('judicial-offices/offices', <OfficeListPage />, <OfficeFormPage />, <OfficeDetailPage />),
  ...crud('judicial-offices/ratings', <RatingListPage />, <RatingFormPage />, <RatingDetailPage />),
  ...crud('judicial-offices/activities', <ActivityListPage />, <ActivityFormPage />, <ActivityDetailPage />, <ActivityEditPage />),
  ...crud('judicial-offices/assistants', <AssistantListPage />, <AssistantFormPage />, <AssistantDetailPage />),
  ...crud('judicial-offices/trainings', <TrainingListPage />, <TrainingFormPage />, <TrainingDetailPage />),
  ...crud('judicial-offices/checklist-items', <ItemListPage />, <ItemFormPage />, <ItemDetailPage />),
  ...crud('judicial-offices/standards', <StandardListPage />, <StandardFormPage />, <StandardDetailPage />),
];

const t = messages.menu;
const menu: MenuEntry = {
  key: 'judicialOffices',
  label: t.group,
  icon: <BankOutlined />,
  module: 'judicialOffices',
  children: [
    { key: '/judicial-offices/offices', label: t.offices, module: 'judicialOffices' },
    { key: '/judicial-offices/activities', label: t.activities, module: 'judicialOffices' },
    { key: '/judicial-offices/ratings', label: t.ratings, module: 'judicialOffices' },
    { key: '/judicial-offices/assistants', label: t.assistants, module: 'judicialOffices' },
    { key: '/judicial-offices/trainings', label: t.trainings, module: 'judicialOffices' },
    { key: '/judicial-offices/checklist-items', label: t.items, module: 'judicialOffices' },
    { key: '/judicial-offices/standards', label: t.standards, module: 'judicialOffices' },
  ],
};

export const judicialOfficesModule: WebModule = {
  code: 'judicialOffices',
  label: '司法所',
  menu,
  routes,
  publicRoutes: [{ path: 'judicial-offices', element: <PublicJudicialOfficesPage /> }],
  portalSections: [{ to: '/gk/judicial-offices', label: messages.portal.section }],
};
