// First: zod set jitless (the CSP allows no eval) before any schema is built.
import '@fazhi/core/zod-browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneApp } from './phone-app';
import './phone.css';

// A separate entry from the staff app: no antd, no admin pages, so a subject's phone loads only this.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PhoneApp />
  </StrictMode>,
);
