import { useTranslation } from 'react-i18next';
import type { Language } from '@porthole/contract';
import { currentLanguage, rememberLanguage } from '../../../lib/i18n.ts';

/** The UI language and a setter that also remembers the choice for the next visit. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const setLanguage = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
  };
  return [currentLanguage(i18n), setLanguage];
}
