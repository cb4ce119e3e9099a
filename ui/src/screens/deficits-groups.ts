// How each group ranks the deficits, beside the room: one row per deficit in the room's order,
// a column per triple-helix group or per sector with the rank that group's own count gives it,
// so the room sees at a glance whether industry and civil society want the same things.

import type { GroupView, RankingView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import { rankText } from './deficits-words';

export type GroupBy = 'helix' | 'sector';

/** The rank a group gives `code`, or `–` where its members gave it no points. */
export function groupRank(group: GroupView, code: string): string {
  const item = group.items.find((i) => i.code === code);
  return item === undefined || item.points === 0 ? '–' : rankText(item);
}

export function renderGroups(r: RankingView, by: GroupBy, choose: (by: GroupBy) => void): HTMLElement | null {
  const groups = by === 'helix' ? r.byHelix : r.bySector;
  if (r.bySector.length === 0 && r.byHelix.length === 0) return null;
  const toggle = (value: GroupBy) => {
    const b = h('button', { type: 'button', class: 'button button-quiet df-toggle', 'aria-pressed': value === by ? 'true' : 'false', 'data-testid': `deficits-groups-${value}` },
      t(value === 'helix' ? 'deficits-ui-by-helix' : 'deficits-ui-by-sector'));
    b.addEventListener('click', () => choose(value));
    return b;
  };
  const rows = r.result.filter((i) => i.points > 0).map((item) => h('tr', { 'data-testid': `deficits-groups-row-${item.code}` },
    h('th', { scope: 'row' }, h('span', { class: 'df-code' }, item.code), ' ', h('span', { class: 'df-quiet' }, item.name)),
    h('td', { class: 'df-number df-overall' }, rankText(item)),
    ...groups.map((g) => {
      const rank = groupRank(g, item.code);
      // The group's own first choice stands out in weight, not colour alone.
      return h('td', { class: `df-number${rank === '1' || rank === '=1' ? ' df-first' : ''}` }, rank);
    })));
  return h('section', { class: 'df-groupcmp', 'aria-labelledby': 'df-groups-title' },
    h('div', { class: 'df-groups-head' },
      h('h2', { id: 'df-groups-title', class: 'df-section-title' }, t('deficits-ui-groups-title')),
      h('div', { class: 'df-actions', role: 'group', 'aria-label': t('deficits-ui-group-by') }, toggle('helix'), toggle('sector'))),
    h('p', { class: 'df-quiet' }, t('deficits-ui-groups-help')),
    h('div', { class: 'df-scroll' }, h('table', { class: 'df-table df-groups-table', 'data-testid': `deficits-by-${by}` },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('deficits-ui-col-deficit')),
        h('th', { scope: 'col', class: 'df-number' }, t('deficits-ui-col-overall')),
        ...groups.map((g) => h('th', { scope: 'col', class: 'df-number df-group-head' }, g.label, h('br', {}), h('span', { class: 'df-quiet' }, `(${g.voters})`))))),
      h('tbody', {}, ...rows))));
}
