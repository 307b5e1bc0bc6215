import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Language } from '@porthole/contract';
import { languages } from '../../../lib/i18n.ts';
import { useLanguage } from '../hooks/use-language.ts';

// Each language is named in itself, so a user who cannot read the current one still finds theirs.
const languageNames: Record<Language, string> = { 'en-US': 'English', 'zh-CN': '简体中文' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <Select<Language>
      aria-label={t('app.language')}
      value={language}
      onChange={setLanguage}
      prefix={<GlobalOutlined aria-hidden />}
      options={languages.map((value) => ({ value, label: languageNames[value] }))}
      virtual={false}
      style={{ minWidth: 140 }}
    />
  );
}
