import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@porthole/contract';
import { en, type Messages } from '../locales/en.ts';
import { zhCN } from '../locales/zh-cn.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export const languages: readonly Language[] = ['en-US', 'zh-CN'];
const storageKey = 'porthole.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The saved choice first, then the browser's preference; English when neither says Chinese. */
export function detectLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  if (isLanguage(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

/** A fresh instance per call, so tests never share the language a previous test switched to. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { 'en-US': { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: 'en-US',
    supportedLngs: languages,
    // React escapes what it renders; escaping here too would show entities.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** The language the UI currently shows, narrowed to the ones the contract knows. */
export function currentLanguage(instance: i18n): Language {
  return isLanguage(instance.language) ? instance.language : 'en-US';
}
