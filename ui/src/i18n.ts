// Fluent messages for the two locales, and locale-aware dates and numbers.
// Every string a person reads goes through `t`.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import enApp from '../../locales/en/app.ftl?raw';
import zhApp from '../../locales/zh-CN/app.ftl?raw';
import { spaceMixedScripts } from './spacing';

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];
export type Args = Record<string, FluentVariable>;

// errors.ftl is written on the Rust side and may not exist yet: a glob finds it if it does.
const errorFiles = import.meta.glob<string>('../../locales/*/errors.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// Every other file of a locale: the register, documents, safety, meetings, questions, declarations…
const featureFiles = import.meta.glob<string>('../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The Fluent sources of one locale, app.ftl first. */
export function sourcesFor(locale: Locale): string[] {
  const app = locale === 'en' ? enApp : zhApp;
  const errors = errorFiles[`../../locales/${locale}/errors.ftl`];
  const prefix = `../../locales/${locale}/`;
  const features = Object.keys(featureFiles)
    .filter((path) => path.startsWith(prefix) && !/\/(app|errors|cli)\.ftl$/.test(path))
    .sort()
    .map((path) => featureFiles[path])
    .filter((source): source is string => source !== undefined);
  return errors === undefined ? [app, ...features] : [app, errors, ...features];
}

/** Maps whatever the backend or the OS reports ("zh", "zh-Hans-CN", "en-GB") to a locale we have. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The locale whose name the language toggle shows. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

export interface I18n {
  readonly locale: Locale;
  t(id: string, args?: Args): string;
  has(id: string): boolean;
  formatDate(date: Date): string;
  formatNumber(value: number): string;
}

export function createI18n(locale: Locale, sources: string[] = sourcesFor(locale)): I18n {
  // No bidi isolation marks: both locales are left to right, and the marks show as boxes in some fonts.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const source of sources) {
    const errors = bundle.addResource(new FluentResource(source), { allowOverrides: true });
    for (const error of errors) console.warn(`[i18n] ${locale}: ${error.message}`);
  }
  // English dates read "23 November 2026", the way the APEC documents write them.
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long' });
  const numberFormat = new Intl.NumberFormat(locale);
  // Chinese text is spaced from Latin words and digits by the documents' rule.
  const spaced = locale === 'en' ? (text: string) => text : spaceMixedScripts;

  return {
    locale,
    t(id, args) {
      const message = bundle.getMessage(id);
      if (message?.value == null) {
        console.warn(`[i18n] ${locale}: missing message ${id}`);
        return id;
      }
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args ?? null, errors);
      for (const error of errors) console.warn(`[i18n] ${locale}: ${id}: ${error.message}`);
      return spaced(text);
    },
    has: (id) => bundle.hasMessage(id),
    formatDate: (date) => spaced(dateFormat.format(date)),
    formatNumber: (value) => numberFormat.format(value),
  };
}

// The running app has one current locale; screens read it through `t`.
let current: I18n = createI18n('en');

export function setI18nLocale(locale: Locale): I18n {
  current = createI18n(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return current;
}

export function i18n(): I18n {
  return current;
}

export function t(id: string, args?: Args): string {
  return current.t(id, args);
}
