import { describe, expect, it } from 'vitest';
import { createI18n } from '../src/i18n';
import { spaceMixedScripts } from '../src/spacing';

describe('spacing between Chinese and Western text', () => {
  it('puts one word space at every Han–Western border and nowhere else', () => {
    expect(spaceMixedScripts('Chiara Rossi于 09:05到会。')).toBe('Chiara Rossi 于 09:05 到会。');
    expect(spaceMixedScripts('2026年12月5日')).toBe('2026 年 12 月 5 日');
    expect(spaceMixedScripts('比2005年下降45%')).toBe('比 2005 年下降 45%');
    expect(spaceMixedScripts('3 名表决成员')).toBe('3 名表决成员');
    expect(spaceMixedScripts('（2030年）“APEC”，王志立 李建国')).toBe('（2030 年）“APEC”，王志立 李建国');
    expect(spaceMixedScripts('𠮷祥云A')).toBe('𠮷祥云 A');
  });

  it('is applied to Chinese messages and dates, not to English ones', () => {
    const zh = createI18n('zh-CN', ['m = { $name }于{ $n }日']);
    expect(zh.t('m', { name: 'Rossi', n: 5 })).toBe('Rossi 于 5 日');
    expect(zh.formatDate(new Date(2026, 11, 5))).toBe('2026 年 12 月 5 日');
    const en = createI18n('en', ['m = { $name }于{ $n }']);
    expect(en.t('m', { name: 'Rossi', n: 5 })).toBe('Rossi于5');
  });
});
