import type { RouteObject } from 'react-router-dom';
import type { DashboardSection } from './home/home-page';
import type { MenuEntry } from './layout/menu';

export type PortalSection = { to: string; label: string };

/**
 * One line of work in the web app, declared in its `manifest.tsx` and listed in `modules/index.ts`: app.tsx builds
 * the menu, the routes and 首页 from the list, and platform/messages.ts takes the module names from it. Pages are
 * lazy (lazyPage), so each module's pages are chunks of their own, loaded on first visit.
 */
export type WebModule = {
  /** The grants' module code, as the server names it (indicators and notices are grouped by it). */
  code: string;
  label: string;
  menu: MenuEntry;
  routes: RouteObject[];
  /** Pages of the public portal (/gk), readable without login. */
  publicRoutes?: RouteObject[];
  /** Its entries in the portal's header (e.g. { to: '/gk/normative-documents', label: '规范性文件' }). */
  portalSections?: readonly PortalSection[];
  /** The module's own section on 首页, below the shared figures and charts. */
  dashboard?: DashboardSection;
};
