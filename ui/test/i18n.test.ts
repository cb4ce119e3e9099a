import { describe, expect, it, vi } from 'vitest';
import { LOCALES, createI18n, normalizeLocale, otherLocale, sourcesFor, type Locale } from '../src/i18n';

/** Message ids and the variables each uses, read from the Fluent source. */
function messages(source: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  let current: string | null = null;
  for (const line of source.split('\n')) {
    const start = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
    if (start?.[1] !== undefined) {
      current = start[1];
      found.set(current, []);
    } else if (!/^\s/.test(line)) {
      current = null;
    }
    if (current === null) continue;
    for (const match of line.matchAll(/\{\s*\$([a-zA-Z0-9_-]+)/g)) {
      const vars = found.get(current);
      if (match[1] !== undefined && vars && !vars.includes(match[1])) vars.push(match[1]);
    }
  }
  return found;
}

describe('i18n', () => {
  it('loads every message of both locales', () => {
    for (const locale of LOCALES) {
      const i18n = createI18n(locale);
      const ids = [...messages(sourcesFor(locale)[0] ?? '').keys()];
      expect(ids.length).toBeGreaterThan(100);
      for (const id of ids) expect(i18n.has(id), `${locale}: ${id}`).toBe(true);
    }
  });

  it('has the same ids and variables in both locales', () => {
    const en = messages(sourcesFor('en')[0] ?? '');
    const zh = messages(sourcesFor('zh-CN')[0] ?? '');
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [id, vars] of en) expect([...(zh.get(id) ?? [])].sort(), id).toEqual([...vars].sort());
  });

  it('formats a message with variables', () => {
    expect(createI18n('en').t('app-version', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(createI18n('zh-CN').t('app-version', { version: '1.2.3' })).toBe('版本 1.2.3');
    expect(createI18n('en').t('dialogue-city-pair', { city: 'Weinan', partner: 'Reggio Emilia' })).toBe('Weinan ⇄ Reggio Emilia');
  });

  it('chooses plural forms and adds no bidi isolation marks', () => {
    const en = createI18n('en');
    expect(en.t('dialogue-errors-title', { count: 1 })).toBe('One field needs your attention');
    expect(en.t('dialogue-errors-title', { count: 3 })).toBe('3 fields need your attention');
    expect(createI18n('zh-CN').t('dialogue-errors-title', { count: 3 })).toBe('有 3 处需要修改');
    expect(en.t('dialogue-rule-quorum', { percent: 50 })).not.toMatch(/[\u2068\u2069]/);
  });

  it('formats dates the way each language writes them', () => {
    const date = new Date(2026, 10, 23);
    expect(createI18n('zh-CN').formatDate(date)).toBe('2026 年 11 月 23 日');
    expect(createI18n('en').formatDate(date)).toBe('23 November 2026');
  });

  it('formats numbers for the locale', () => {
    expect(createI18n('en').formatNumber(12345.5)).toBe('12,345.5');
    expect(createI18n('zh-CN').formatNumber(12345.5)).toBe('12,345.5');
  });

  it('returns the id for a missing message, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(createI18n('en').t('no-such-message')).toBe('no-such-message');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('maps locale tags to the two locales', () => {
    const cases: [string | null, Locale][] = [['zh', 'zh-CN'], ['zh-Hans-CN', 'zh-CN'], ['ZH-cn', 'zh-CN'], ['en-GB', 'en'], ['it', 'en'], [null, 'en']];
    for (const [tag, locale] of cases) expect(normalizeLocale(tag)).toBe(locale);
    expect(otherLocale('en')).toBe('zh-CN');
    expect(otherLocale('zh-CN')).toBe('en');
  });

  it('labels the language toggle with the other language', () => {
    expect(createI18n('en').t('lang-toggle')).toBe('中文');
    expect(createI18n('zh-CN').t('lang-toggle')).toBe('English');
  });
});
