// The Targets stage's table and checks: each target with its kind in words, SDGs, baseline,
// target, the BAU in the target year and the gap to it, progress and state (proposed or
// adopted, with the revision), the advantages for the community in a details row; the checks
// against APEC's and the national lines as a list — met, not met or cannot check said in
// words and a symbol, never colour alone.

import type { TargetItem, TargetsStage } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';

export interface TableActions {
  /** Removes a proposal (asked first); adopted targets have no such button. */
  remove(row: TargetItem): void;
}

/** A small label before a value in a stacked cell, so each line says what it is. */
function labelled(label: string, value: Node | string): HTMLElement {
  return h('div', { class: 'targets-line' }, h('span', { class: 'targets-line-label' }, label), ' ',
    typeof value === 'string' ? h('span', { class: 'targets-line-value' }, value) : value);
}

// Five columns, each holding a few stacked lines, so the table fits a 1366-pixel laptop
// screen in both languages without scrolling sideways.
export function renderTargetsTable(stage: TargetsStage, actions: TableActions): HTMLElement {
  const head = h('tr', {},
    h('th', { scope: 'col' }, t('progress-col-target')),
    h('th', { scope: 'col' }, t('progress-col-goal')),
    h('th', { scope: 'col' }, t('targets-ui-bau')),
    h('th', { scope: 'col' }, t('progress-col-status')),
    h('th', { scope: 'col' }, t('targets-ui-state')));
  const body = stage.targets.flatMap((row) => {
    const testid = `targets-row-${row.subject}-${row.target.split(':')[0] ?? ''}`;
    const remove = !row.adopted && h('button', {
      type: 'button', class: 'button button-quiet targets-remove', 'data-testid': `targets-remove-${row.id}`,
      'aria-label': t('targets-ui-remove-label', { target: `${row.name} ${row.target}` }),
    }, t('targets-ui-remove'));
    if (remove) remove.addEventListener('click', () => actions.remove(row));
    const main = h('tr', { 'data-testid': testid, 'data-subject': row.subject, 'data-status': row.status, 'data-state': row.state, class: 'targets-main-row' },
      h('th', { scope: 'row', class: 'targets-name' },
        h('div', {}, row.name, row.unit !== '' && h('span', { class: 'targets-unit' }, ` (${row.unit})`)),
        row.sdgWords !== '' && h('div', { class: 'targets-sub' }, row.sdgWords)),
      h('td', { class: 'targets-numbers' },
        h('div', { class: 'targets-goal', 'data-testid': `${testid}-target` }, row.target),
        labelled(t('progress-col-baseline'), row.baseline),
        h('div', { class: 'targets-sub' }, row.kindWords)),
      h('td', { class: 'targets-numbers' },
        h('div', { 'data-testid': `${testid}-bau` }, row.bau),
        // A dash never stands alone: why there is no gap is said under it.
        labelled(t('targets-ui-gap'), h('span', { 'data-testid': `${testid}-gap`, class: 'targets-gap' }, row.gap)),
        row.gapNote !== '' && h('div', { class: 'targets-gap-note', 'data-testid': `${testid}-gap-note` }, row.gapNote)),
      h('td', { class: 'targets-numbers' },
        h('div', { class: `targets-status targets-status-${row.status}` }, row.statusWords),
        labelled(t('progress-col-latest'), row.latest)),
      h('td', {}, h('div', { 'data-testid': `${testid}-state` }, row.stateWords), remove || ''));
    if (row.advantages.trim() === '') return [main];
    const details = h('tr', { class: 'targets-details-row', 'data-testid': `${testid}-advantages` },
      h('td', { colspan: 5 }, h('span', { class: 'targets-tool-label' }, t('targets-ui-advantages')), ' ',
        ...row.advantages.split('\n').flatMap((line, i) => i === 0 ? [line] : [h('br'), line])));
    return [main, details];
  });
  return h('div', { class: 'targets-table-wrap' },
    h('table', { class: 'targets-table', 'data-testid': 'targets-table' }, h('thead', {}, head), h('tbody', {}, ...body)));
}

export function renderTargetsChecks(stage: TargetsStage): HTMLElement {
  return h('aside', { class: 'targets-checks', 'data-testid': 'targets-checks', 'aria-labelledby': 'targets-checks-title' },
    h('h2', { id: 'targets-checks-title', class: 'targets-checks-title' }, t('targets-ui-checks')),
    stage.checks.length === 0
      ? h('p', { class: 'field-hint' }, t('targets-checks-none'))
      : h('ul', { class: 'targets-check-list' }, ...stage.checks.map((c) =>
        h('li', { class: `targets-check targets-check-${c.outcome}`, 'data-testid': `targets-check-${c.key}-${c.state}`, 'data-outcome': c.outcome },
          h('strong', { class: 'targets-check-outcome' }, t(`targets-ui-check-${c.outcome}`)),
          ' ', h('span', { class: 'targets-check-state' }, `(${t(`targets-state-revision-${c.state === 'adopted' ? 'adopted' : 'proposed'}`, { revision: c.revision })})`),
          h('p', { class: 'targets-check-words' }, c.words)))));
}
