// Every message of every file, in both languages, rendered with each of its variables set to
// 0, 1 and 2: no formatting error, nothing left unresolved, and no "1 people" in English.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';

const files = import.meta.glob<string>('../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

function bundleOf(locale: string): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const [path, source] of Object.entries(files)) {
    if (path.includes(`/${locale}/`)) bundle.addResource(new FluentResource(source), { allowOverrides: true });
  }
  return bundle;
}

/** The variables a message uses, read from its source text. */
function variablesOf(locale: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [path, source] of Object.entries(files)) {
    if (!path.includes(`/${locale}/`)) continue;
    let current: string | null = null;
    for (const line of source.split('\n')) {
      const start = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
      if (start?.[1] !== undefined) {
        current = start[1];
        found.set(current, []);
      } else if (line.trim() !== '' && !/^[\s{}]/.test(line)) current = null;
      if (current === null) continue;
      const vars = found.get(current) ?? [];
      for (const match of line.matchAll(/\$([a-zA-Z0-9_-]+)/g)) if (match[1] !== undefined && !vars.includes(match[1])) vars.push(match[1]);
    }
  }
  return found;
}

// An English count followed by a plural noun; the few verbs that end in s are allowed.
const SINGULAR_BEFORE_PLURAL = /(?:^|[^\d.,/])1 (?!is\b|was\b|has\b|does\b|needs\b|objects\b|consents\b|stands\b|of\b|signs\b|holds\b|pledges\b)(people|[a-z]+s)\b/i;
// A plural count with a singular noun from the app's vocabulary.
const PLURAL_BEFORE_SINGULAR = /(?:^|[^\d.,/])[02] (person|member|round|item|page|objection|field|decision|question|signature|row|stakeholder|meeting|position|entry|backup|problem|change|vote|day)\b(?!s)/i;

describe('plurals', () => {
  for (const locale of ['en', 'zh-CN']) {
    it(`renders every ${locale} message with 0, 1 and 2`, () => {
      const bundle = bundleOf(locale);
      const problems: string[] = [];
      let rendered = 0;
      for (const [id, vars] of variablesOf(locale)) {
        const message = bundle.getMessage(id);
        if (message?.value == null || vars.length === 0) continue;
        for (const n of [0, 1, 2]) {
          const args: Record<string, FluentVariable> = Object.fromEntries(vars.map((v) => [v, n]));
          const errors: Error[] = [];
          const text = bundle.formatPattern(message.value, args, errors);
          rendered += 1;
          if (errors.length > 0) problems.push(`${id} (${n}): ${errors.map((e) => e.message).join('; ')}`);
          if (/\{|\}/.test(text)) problems.push(`${id} (${n}): unresolved: ${text}`);
          if (locale === 'en' && n === 1 && SINGULAR_BEFORE_PLURAL.test(text)) problems.push(`${id} (1): ${text}`);
          if (locale === 'en' && n !== 1 && PLURAL_BEFORE_SINGULAR.test(text)) problems.push(`${id} (${n}): ${text}`);
        }
      }
      expect(rendered).toBeGreaterThan(300);
      expect(problems).toEqual([]);
    });
  }

  it('catches the mistake it is for', () => {
    expect(SINGULAR_BEFORE_PLURAL.test('1 people present')).toBe(true);
    expect(SINGULAR_BEFORE_PLURAL.test('1 rounds failed')).toBe(true);
    expect(SINGULAR_BEFORE_PLURAL.test('1 of 3 people')).toBe(false);
    expect(PLURAL_BEFORE_SINGULAR.test('2 member present')).toBe(true);
    expect(PLURAL_BEFORE_SINGULAR.test('2 members present')).toBe(false);
  });
});
