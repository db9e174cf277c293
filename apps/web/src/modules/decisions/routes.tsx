import type { RouteObject } from 'react-router-dom';
import type { MenuEntry } from '../../platform/layout/menu';
import { messages } from './messages';

export const decisionsRoutes: RouteObject[] = [];

export const decisionsMenu: MenuEntry = { key: 'decisions', label: messages.menu.group, module: 'decisions', children: [] };
