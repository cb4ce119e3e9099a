// The ranking vote's ballot: one stakeholder puts the flagged deficits in order with the keyboard
// (↑/↓ select, Alt or Shift with ↑/↓ moves, Enter saves) or the buttons beside each; the first
// gets the most points by the Borda count.

import type { RankingView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';

export interface OrderBallot {
  ranking: RankingView;
  voter: number | null;
  /** Candidate codes in the order shown. */
  order: string[];
  problem: string | null;
  /** Said to a screen reader after a move. */
  announce: string;
  chooseVoter(id: number): void;
  move(code: string, delta: number): void;
  save(): void;
  close(): void;
}

/** `order` with `code` moved `delta` places, kept inside the list. */
export function moved(order: readonly string[], code: string, delta: number): string[] {
  const from = order.indexOf(code);
  const to = Math.min(order.length - 1, Math.max(0, from + delta));
  if (from < 0 || to === from) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, code);
  return next;
}

/** A voter's order as shown: the saved one, then any deficit it left out, in the list's order. */
export function orderOf(ranking: RankingView, voter: number | null): string[] {
  const saved = ranking.voters.find((v) => v.id === voter)?.order ?? [];
  const codes = ranking.candidates.map((c) => c.code);
  return [...saved.filter((c) => codes.includes(c)), ...codes.filter((c) => !saved.includes(c))];
}

export function renderOrderBallot(b: OrderBallot): HTMLElement {
  const r = b.ranking;
  const voted = r.voters.filter((v) => v.order.length > 0).length;
  const current = r.voters.find((v) => v.id === b.voter);
  const select = h('select', { id: 'df-voter', class: 'input', 'data-testid': 'deficits-voter' },
    ...r.voters.map((v) => h('option', { value: String(v.id), selected: v.id === b.voter },
      `${v.order.length > 0 ? '✓ ' : ''}${v.name} · ${v.sector}`)));
  select.addEventListener('change', () => b.chooseVoter(Number(select.value)));
  const name = (code: string) => r.candidates.find((c) => c.code === code)?.name ?? code;
  const rows = b.order.map((code, index) => {
    const up = h('button', { type: 'button', class: 'button button-quiet df-move', tabindex: -1, disabled: index === 0, 'aria-label': t('deficits-ui-move-up', { code }), 'data-testid': `deficits-up-${code}` }, '↑');
    up.addEventListener('click', () => b.move(code, -1));
    const down = h('button', { type: 'button', class: 'button button-quiet df-move', tabindex: -1, disabled: index === b.order.length - 1, 'aria-label': t('deficits-ui-move-down', { code }), 'data-testid': `deficits-down-${code}` }, '↓');
    down.addEventListener('click', () => b.move(code, 1));
    const row = h('li', {
      class: 'df-order-item', tabindex: 0, 'data-order-code': code, 'data-testid': `deficits-order-${code}`,
      'aria-label': `${index + 1}. ${code} ${name(code)}`, 'aria-keyshortcuts': 'ArrowUp ArrowDown Alt+ArrowUp Alt+ArrowDown Shift+ArrowUp Shift+ArrowDown Enter',
    },
    h('span', { class: 'df-rank' }, index + 1),
    h('span', { class: 'df-code' }, code),
    h('span', { class: 'df-result-name' }, name(code)),
    h('span', { class: 'df-move-pair' }, up, down));
    row.addEventListener('keydown', (event) => {
      if (event.isComposing || event.target !== row) return;
      const delta = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
      if (delta !== 0 && (event.altKey || event.shiftKey)) {
        event.preventDefault();
        b.move(code, delta);
      } else if (delta !== 0) {
        event.preventDefault();
        const next = row.parentElement?.children[index + delta];
        if (next instanceof HTMLElement) next.focus();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        b.save();
      }
    });
    return row;
  });
  const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-order-save', disabled: b.voter === null }, t('deficits-ui-order-save'));
  save.addEventListener('click', () => b.save());
  const close = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-close-vote' }, t('deficits-ui-close-vote'));
  close.addEventListener('click', () => b.close());
  return h('section', { class: 'df-ballot', 'aria-labelledby': 'df-ballot-title' },
    h('h2', { id: 'df-ballot-title', class: 'df-section-title' }, t('deficits-ui-borda-title')),
    h('p', { class: 'df-quiet' }, t('deficits-ui-method-borda-help')),
    h('p', { class: 'df-quiet', 'data-testid': 'deficits-voted' }, t('deficits-ui-voted', { count: voted, voters: r.voters.length })),
    h('div', { class: 'df-actions' }, h('label', { for: 'df-voter' }, t('deficits-ui-voter')), select),
    h('p', { class: 'df-quiet', id: 'df-order-keys' }, t('deficits-ui-order-keys')),
    current !== undefined && current.order.length === 0 && h('p', { class: 'df-quiet', 'data-testid': 'deficits-order-unsaved' }, `○ ${t('deficits-ui-order-not-saved')}`),
    h('ol', { class: 'df-order', 'data-testid': 'deficits-order', 'aria-describedby': 'df-order-keys' }, ...rows),
    h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-testid': 'deficits-order-announce' }, b.announce),
    b.problem !== null && h('p', { class: 'field-error', role: 'alert', 'data-testid': 'deficits-order-problem' }, b.problem),
    h('div', { class: 'df-actions' }, save, close));
}
