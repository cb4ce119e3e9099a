// The inclusiveness panel: who is at the table (sector × triple-helix group), the Pact's
// groups and the disadvantaged groups nobody represents yet, and the share of votes.

import type { Inclusiveness } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { HELIX, SECTORS, label } from '../register-model';
import { icon } from './icons';

/** Sector × triple-helix group: how many people sit where (withdrawn people not counted). */
export function renderInclusionMatrix(data: Inclusiveness): HTMLElement {
  const fmt = (n: number) => i18n().formatNumber(n);
  const head = h('tr', {}, h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('register-col-sector'))),
    ...HELIX.map((helix) => h('th', { scope: 'col', title: t(label.helix(helix)) }, t(label.helix(helix)))),
    h('th', { scope: 'col' }, t('inclusion-total-col')));
  const rows = SECTORS.map((sector, s) => {
    const total = data.sectorTotals[s] ?? 0;
    return h('tr', { class: total === 0 ? 'inclusion-gap' : null, 'data-testid': `inclusion-row-${sector}` },
      h('th', { scope: 'row' }, t(label.sector(sector))),
      ...HELIX.map((_, hx) => {
        const n = data.counts[s]?.[hx] ?? 0;
        return h('td', { class: n === 0 ? 'inclusion-zero' : null }, n === 0 ? '·' : fmt(n));
      }),
      h('td', { class: 'inclusion-total' }, fmt(total)),
    );
  });
  const totals = h('tr', { class: 'inclusion-totals' }, h('th', { scope: 'row' }, t('inclusion-total-col')),
    ...data.helixTotals.map((n) => h('td', { class: 'inclusion-total' }, fmt(n))),
    h('td', { class: 'inclusion-total' }, fmt(data.total)));
  return h('section', { class: 'inclusion-matrix-card card', 'aria-labelledby': 'inclusion-matrix-title', 'data-testid': 'inclusion-matrix' },
    h('h2', { class: 'inclusion-title', id: 'inclusion-matrix-title' }, t('inclusion-matrix-title')),
    h('div', { class: 'inclusion-matrix-wrap' }, h('table', { class: 'inclusion-matrix' }, h('thead', {}, head), h('tbody', {}, ...rows, totals))),
  );
}

export function renderInclusionPanel(data: Inclusiveness): HTMLElement {
  const fmt = (n: number) => i18n().formatNumber(n);

  const list = (items: string[], emptyId: string, testid: string) =>
    items.length === 0
      ? h('p', { class: 'inclusion-ok', 'data-testid': testid }, icon('check'), t(emptyId))
      : h('ul', { class: 'inclusion-missing', 'data-testid': testid }, ...items.map((item) => h('li', {}, icon('alert'), item)));

  const votes = data.helixVotes.map((v) => {
    const fill = h('span', { class: 'inclusion-bar-fill' });
    // Through the CSSOM, not a style attribute: the CSP allows no inline styles.
    fill.style.width = `${Math.min(100, v.percent)}%`;
    return h('div', { class: 'inclusion-vote' },
      h('span', { class: 'inclusion-vote-label' }, t(label.helix(v.helix))),
      h('span', { class: 'inclusion-bar', 'aria-hidden': 'true' }, fill),
      h('span', { class: 'inclusion-vote-value' }, t('inclusion-vote-share', { percent: fmt(v.percent), count: v.voting })),
    );
  });

  return h('aside', { class: 'inclusion card', 'aria-labelledby': 'inclusion-title', 'data-testid': 'inclusion-panel' },
    h('h2', { class: 'inclusion-title', id: 'inclusion-title' }, t('inclusion-title')),
    h('p', { class: 'inclusion-lead', 'data-testid': 'inclusion-total' }, t('inclusion-total', { total: data.total, voting: data.votingMembers })),
    h('h3', { class: 'inclusion-sub' }, t('inclusion-missing-sectors')),
    list(data.missingSectors.map((s) => t(label.sector(s))), 'inclusion-no-missing-sectors', 'inclusion-missing-sectors'),
    h('h3', { class: 'inclusion-sub' }, t('inclusion-missing-groups')),
    list(data.missingGroups.map((g) => t(label.group(g))), 'inclusion-no-missing-groups', 'inclusion-missing-groups'),
    h('h3', { class: 'inclusion-sub' }, t('inclusion-votes')),
    h('div', { class: 'inclusion-votes' }, ...votes),
    data.dominantHelix !== null && h('p', { class: 'inclusion-warning', role: 'note' }, icon('alert'), t('inclusion-dominant', { helix: t(label.helix(data.dominantHelix)) })),
  );
}
