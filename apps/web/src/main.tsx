// Chinese zod messages for every schema the forms validate with (core sets the locale as a side effect).
import '@fazhi/core/zod-locale';
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
