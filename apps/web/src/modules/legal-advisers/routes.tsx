import type { RouteObject } from 'react-router-dom';
import type { MenuEntry } from '../../platform/layout/menu';
import { messages } from './messages';

export const legalAdvisersRoutes: RouteObject[] = [];

export const legalAdvisersMenu: MenuEntry = { key: 'legalAdvisers', label: messages.menu.group, module: 'legalAdvisers', children: [] };
