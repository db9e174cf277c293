// First: zod set jitless (the CSP allows no eval) and its Chinese messages, before any schema is built.
import '@fazhi/core/zod-browser';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoutes } from './app';
import './platform/common/dates';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <AppRoutes />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
