import { describe, expect, it, vi } from 'vitest';
import { createI18n, detectLanguage, rememberLanguage } from './i18n.ts';

describe('i18n', () => {
  it('pluralises in English and not in Chinese', () => {
    const en = createI18n('en-US');
    expect(en.t('instances.total', { count: 1 })).toBe('1 instance');
    expect(en.t('instances.total', { count: 3 })).toBe('3 instances');
    expect(createI18n('zh-CN').t('instances.total', { count: 1 })).toBe('共 1 个实例');
  });

  it('prefers the saved language, then the browser language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-TW');
    expect(detectLanguage()).toBe('zh-CN');
    rememberLanguage('en-US');
    expect(detectLanguage()).toBe('en-US');
  });

  it('falls back to English for other browser languages', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    expect(detectLanguage()).toBe('en-US');
  });
});
