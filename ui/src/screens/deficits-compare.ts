// This workshop against the one before it: per essential the two totals and the change with its
// sign and a word, never colour alone; the radar beside draws both outlines, this one solid and
// the earlier one dashed.

import type { ComparisonView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';

/** `+3 ▲`, `−2 ▼`, `0 =`: the sign and a symbol say the direction. */
export function changeText(change: number): string {
  if (change > 0) return `+${change} ▲`;
  if (change < 0) return `−${-change} ▼`;
  return '0 =';
}

export function renderComparison(c: ComparisonView): HTMLElement {
  const head = ['essential', 'earlier', 'later', 'change'].map((col) => h('th', { scope: 'col', class: col === 'essential' ? '' : 'df-number' },
    col === 'earlier' ? c.earlier.heldOn : col === 'later' ? c.later.heldOn : t(`deficits-ui-col-${col}`)));
  const rows = c.essentials.map((e) => h('tr', { 'data-testid': `deficits-compare-${e.number}` },
    h('th', { scope: 'row' }, `${e.number}. ${e.name}`),
    h('td', { class: 'df-number' }, `${e.earlier} / ${e.max}`),
    h('td', { class: 'df-number' }, `${e.later} / ${e.max}`),
    h('td', { class: 'df-number', 'aria-label': t('deficits-ui-change-said', { change: e.change }) }, changeText(e.change))));
  return h('section', { class: 'df-compare', 'aria-labelledby': 'df-compare-title', 'data-testid': 'deficits-compare' },
    h('h2', { id: 'df-compare-title', class: 'df-section-title' }, t('deficits-ui-compare-title', { title: c.earlier.title, date: c.earlier.heldOn })),
    h('table', { class: 'df-table' },
      h('thead', {}, h('tr', {}, ...head)),
      h('tbody', {}, ...rows),
      h('tfoot', {}, h('tr', { 'data-testid': 'deficits-compare-total' },
        h('th', { scope: 'row' }, t('deficits-ui-compare-total')),
        h('td', { class: 'df-number' }, `${c.earlierScore} / ${c.max}`),
        h('td', { class: 'df-number' }, `${c.laterScore} / ${c.max}`),
        h('td', { class: 'df-number' }, changeText(c.change))))));
}
