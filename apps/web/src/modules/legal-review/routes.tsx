import type { RouteObject } from 'react-router-dom';
import type { MenuEntry } from '../../platform/layout/menu';
import { messages } from './messages';

export const legalReviewRoutes: RouteObject[] = [];

export const legalReviewMenu: MenuEntry = { key: 'legalReview', label: messages.menu.group, module: 'legalReview', children: [] };
