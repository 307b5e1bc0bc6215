import type { ReactNode } from 'react';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { currentLanguage } from '../lib/i18n.ts';

const antdLocales = { 'en-US': enUS, 'zh-CN': zhCN } as const;

// Users who ask their system for less motion get no Ant Design animations (dialogs, menus, tags).
const prefersReducedMotion =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const theme = { token: { colorPrimary: '#ff6a00', borderRadius: 6, motion: !prefersReducedMotion } };

/** Ant Design follows the UI language, so its own texts (pagination, empty states) switch too. */
function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return (
    <ConfigProvider locale={antdLocales[currentLanguage(instance)]} theme={theme}>
      <App>{children}</App>
    </ConfigProvider>
  );
}

export interface AppProviderProps {
  queryClient: QueryClient;
  i18n: i18n;
  children: ReactNode;
}

export function AppProvider({ queryClient, i18n: instance, children }: AppProviderProps) {
  return (
    <I18nextProvider i18n={instance}>
      <QueryClientProvider client={queryClient}>
        <AntdProvider>{children}</AntdProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
