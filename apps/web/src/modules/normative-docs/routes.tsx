import type { RouteObject } from 'react-router-dom';
import type { MenuEntry } from '../../platform/layout/menu';
import { messages } from './messages';

export const normativeDocsRoutes: RouteObject[] = [];

/** Pages of the public portal (/gk), readable without login. */
export const normativeDocsPublicRoutes: RouteObject[] = [];

export const normativeDocsMenu: MenuEntry = { key: 'normativeDocs', label: messages.menu.group, module: 'normativeDocs', children: [] };
