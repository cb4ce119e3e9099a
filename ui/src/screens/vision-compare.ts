// The Vision stage's comparison of two versions: two version pickers and, once asked, every
// changed paragraph in both languages, insertions underlined and deletions struck through
// (marked + and − as well: never colour alone).

import type { SpanView, VisionDiffView, VisionStage } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';

export interface CompareHost {
  from: number | null;
  to: number | null;
  diff: VisionDiffView | null;
  setFrom(n: number): void;
  setTo(n: number): void;
  compare(): void;
}

export function renderCompare(stage: VisionStage, host: CompareHost): HTMLElement {
  const select = (testid: string, value: number | null, set: (n: number) => void, labelId: string) => {
    const element = h('select', { class: 'input', 'data-testid': testid, 'aria-label': t(labelId) },
      ...stage.versions.map((v) => h('option', { value: v.number, selected: v.number === value }, t('vision-ui-version-label', { number: v.number }))));
    element.addEventListener('change', () => set(Number(element.value)));
    return h('label', { class: 'vision-compare-pick' }, h('span', {}, t(labelId)), element);
  };
  const go = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-compare' }, t('vision-ui-compare-show'));
  go.addEventListener('click', () => host.compare());
  const diff = host.diff;
  const changed = diff?.paragraphs.filter((p) => p.changed) ?? [];
  return h('section', { class: 'vision-compare', 'aria-labelledby': 'vision-compare-title' },
    h('h2', { id: 'vision-compare-title' }, t('vision-ui-compare')),
    h('div', { class: 'vision-toolbar' },
      select('vision-compare-from', host.from, (n) => host.setFrom(n), 'vision-ui-compare-from'),
      select('vision-compare-to', host.to, (n) => host.setTo(n), 'vision-ui-compare-to'),
      go),
    diff !== null && h('div', { class: 'vision-diff', 'data-testid': 'vision-diff' },
      h('p', { 'data-testid': 'vision-diff-summary' }, t('vision-ui-compare-result', { count: changed.length, from: diff.from, to: diff.to })),
      changed.length > 0 && h('p', { class: 'vision-note' }, t('vision-ui-diff-legend')),
      ...changed.map((p) => h('div', { class: 'vision-diff-paragraph', 'data-testid': `vision-diff-${p.key}` },
        h('h3', {}, p.section, ' · ', t('vision-ui-paragraph', { key: p.key }),
          p.presence !== 'kept' && h('span', { class: 'badge' }, t(`vision-ui-diff-${p.presence}`))),
        h('div', { class: 'vision-columns' },
          h('p', { lang: 'zh-CN' }, ...renderSpans(p.zh)),
          h('p', { lang: 'en' }, ...renderSpans(p.en)))))));
}

/** Spans as text: insertions in `ins` (underlined, marked +), deletions in `del` (struck, −). */
export function renderSpans(spans: SpanView[]): (HTMLElement | string)[] {
  return spans.map((s) => {
    if (s.op === 'insert') return h('ins', { class: 'vision-ins', title: t('vision-ui-diff-inserted') }, s.text);
    if (s.op === 'delete') return h('del', { class: 'vision-del', title: t('vision-ui-diff-deleted') }, s.text);
    return s.text;
  });
}
