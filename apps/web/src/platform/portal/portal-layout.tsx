import { Spin } from 'antd';
import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { messages } from '../messages';
import type { PortalSection } from '../module';
import './portal.css';

/**
 * The public portal's frame (/gk): a plain government header, no login, no menu. Nothing under it may call an
 * authenticated endpoint (it sits outside the session provider and the auth guard).
 */
export function PortalLayout({ sections }: { sections: readonly PortalSection[] }) {
  const t = messages.portal;
  return (
    <div className="portal">
      <header className="portal-header">
        <div className="portal-inner">
          <Link to="/gk" className="portal-brand">
            <span className="portal-district">{t.district}</span>
            <span className="portal-site">{t.site}</span>
          </Link>
          <div className="portal-topic">{t.topic}</div>
          <nav className="portal-nav" aria-label={t.site}>
            {sections.map((s) => (
              <NavLink key={s.to} to={s.to}>
                {s.label}
              </NavLink>
            ))}
          </nav>
        </div>
      </header>
      <main className="portal-inner portal-main">
        <Suspense fallback={<Spin style={{ display: 'block', marginTop: 64 }} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="portal-footer">
        <div className="portal-inner">{t.footer}</div>
      </footer>
    </div>
  );
}
