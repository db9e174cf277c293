import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../platform/common/lazy-page';
import type { MenuEntry } from '../../platform/layout/menu';
import type { WebModule } from '../../platform/module';
import { messages } from './messages';

const RequestListPage = lazyPage(
  () => import('./request-list-page'),
  (m) => m.RequestListPage,
);
const RequestFormPage = lazyPage(
  () => import('./request-form-page'),
  (m) => m.RequestFormPage,
);
const RequestDetailPage = lazyPage(
  () => import('./request-detail-page'),
  (m) => m.RequestDetailPage,
);
const TodoPage = lazyPage(
  () => import('./todo-page'),
  (m) => m.TodoPage,
);

const legalReviewRoutes: RouteObject[] = [
  { path: 'legal-review/requests', element: <RequestListPage /> },
  { path: 'legal-review/requests/new', element: <RequestFormPage /> },
  { path: 'legal-review/requests/:id', element: <RequestDetailPage /> },
  { path: 'legal-review/requests/:id/edit', element: <RequestFormPage /> },
  { path: 'legal-review/todo', element: <TodoPage /> },
];

/**
 * Not gated by a module grant: a 法律顾问 holds no legalReview grant yet reviews what it is assigned
 * (the server lists only what each user may see).
 */
const legalReviewMenu: MenuEntry = {
  key: 'legalReview',
  label: messages.menu.group,
  icon: <SafetyCertificateOutlined />,
  children: [
    { key: '/legal-review/requests', label: messages.menu.requests },
    { key: '/legal-review/todo', label: messages.menu.todo },
  ],
};

export const legalReviewModule: WebModule = { code: 'legalReview', label: '合法性审核', menu: legalReviewMenu, routes: legalReviewRoutes };
