// The Ranking tab of the Deficits stage: a new vote by dots or by each voter's order (Borda
// count), each voter's ballot, the result with ties and its bars, and how each sector and
// triple-helix group ranks the deficits beside the room (`deficits-groups.ts`).

import { toApiError } from '../api';
import type { DeficitsStage, EntryOutcome, VoteMethod } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import type { DeficitsHost } from './deficits';
import { parseSvg } from './bau';
import { type GroupBy, renderGroups } from './deficits-groups';
import { moved, orderOf, renderOrderBallot } from './deficits-order';
import { rankText } from './deficits-words';

export class RankingTab {
  private voter: number | null = null;
  private dots: Record<string, number> = {};
  private dotsProblem: string | null = null;
  private newDots = 8;
  private newMethod: VoteMethod = 'dots';
  private order: string[] = [];
  private announce = '';
  private groupBy: GroupBy = 'helix';
  private busy = false;

  constructor(private readonly host: DeficitsHost) {}

  /** Keeps the chosen voter across a new stage, and their dots as stored. */
  accept(stage: DeficitsStage): void {
    const voters = stage.ranking.voters;
    if (this.voter === null || !voters.some((v) => v.id === this.voter)) this.voter = voters[0]?.id ?? null;
    this.dots = { ...(voters.find((v) => v.id === this.voter)?.dots ?? {}) };
    this.order = orderOf(stage.ranking, this.voter);
  }

  /** Records the chosen voter's ballot: their dots or their order. */
  private async saveBallot(kind: 'dots' | 'order'): Promise<void> {
    if (this.voter === null || this.busy) return;
    this.busy = true;
    try {
      const outcome: EntryOutcome = kind === 'dots'
        ? await this.host.deps.deficits.recordDots(this.voter, { ...this.dots })
        : await this.host.deps.deficits.recordOrder(this.voter, [...this.order]);
      this.dotsProblem = outcome.problems[0]?.message ?? null;
      if (outcome.stage !== null) {
        const who = outcome.stage.ranking.voters.find((v) => v.id === this.voter)?.name ?? '';
        this.host.accept(outcome.stage);
        this.host.deps.toast.show(t(kind === 'dots' ? 'deficits-ui-dots-saved' : 'deficits-ui-order-saved', { name: who }));
      }
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.announce = '';
    this.host.draw();
    this.host.focus('[data-testid="deficits-voter"]');
  }

  private saveDots(): Promise<void> {
    return this.saveBallot('dots');
  }

  private chooseVoter(stage: DeficitsStage, id: number): void {
    this.voter = id;
    this.dots = { ...(stage.ranking.voters.find((v) => v.id === id)?.dots ?? {}) };
    this.order = orderOf(stage.ranking, id);
    this.dotsProblem = null;
    this.announce = '';
    this.host.draw();
    this.host.focus('[data-testid="deficits-voter"]');
  }

  private move(code: string, delta: number): void {
    this.order = moved(this.order, code, delta);
    this.announce = t('deficits-ui-order-moved', { code, place: this.order.indexOf(code) + 1 });
    this.host.draw();
    this.host.focus(`[data-order-code="${code}"]`);
  }

  private async vote(action: 'open' | 'close'): Promise<void> {
    try {
      this.host.accept(action === 'open' ? await this.host.deps.deficits.openVote(this.newMethod, this.newDots) : await this.host.deps.deficits.closeVote());
      this.dotsProblem = null;
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.host.draw();
  }

  render(stage: DeficitsStage): HTMLElement {
    const r = stage.ranking;
    const parts: (HTMLElement | null)[] = [];
    if (r.candidates.length === 0) {
      parts.push(h('div', { class: 'empty-state df-empty', 'data-testid': 'deficits-ranking-empty' },
        h('h2', { class: 'empty-state-title' }, t('deficits-ui-ranking-empty-title')),
        h('p', { class: 'empty-state-body' }, t('deficits-ui-ranking-empty-body'))));
    } else if (!r.open) {
      const method = h('select', { id: 'df-new-method', class: 'input', 'data-testid': 'deficits-new-method' },
        ...(['dots', 'borda'] as const).map((m) => h('option', { value: m, selected: m === this.newMethod }, t(`deficits-ui-method-${m}`))));
      method.addEventListener('change', () => {
        this.newMethod = method.value === 'borda' ? 'borda' : 'dots';
        this.host.draw();
        this.host.focus('[data-testid="deficits-new-method"]');
      });
      const dots = h('input', { id: 'df-new-dots', type: 'number', min: 1, max: 50, class: 'input df-dots', value: String(this.newDots), 'data-testid': 'deficits-new-dots' });
      dots.addEventListener('input', () => { this.newDots = Math.max(1, Number(dots.value) || 8); });
      const open = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-open-vote' }, t('deficits-ui-open-vote'));
      open.addEventListener('click', () => void this.vote('open'));
      parts.push(h('div', { class: 'df-vote-state' },
        h('p', {}, r.exists ? t('deficits-ui-vote-closed') : t('deficits-ui-no-vote', { count: r.candidates.length })),
        h('div', { class: 'df-actions' },
          h('label', { for: 'df-new-method' }, t('deficits-ui-method')), method,
          this.newMethod === 'dots' && h('label', { for: 'df-new-dots' }, t('deficits-ui-dots-each')), this.newMethod === 'dots' && dots,
          open),
        this.newMethod === 'borda' && h('p', { class: 'df-quiet' }, t('deficits-ui-method-borda-help'))));
    } else if (r.method === 'borda') {
      parts.push(renderOrderBallot({
        ranking: r, voter: this.voter, order: this.order, problem: this.dotsProblem, announce: this.announce,
        chooseVoter: (id) => this.chooseVoter(stage, id),
        move: (code, delta) => this.move(code, delta),
        save: () => void this.saveBallot('order'),
        close: () => void this.vote('close'),
      }));
    } else parts.push(this.renderBallot(stage));
    if (r.result.length > 0) {
      const unranked = r.result.filter((item) => item.points === 0).length;
      const bars = h('figure', { class: 'df-chart', 'data-testid': 'deficits-bars' });
      const drawn = parseSvg(r.barSvg);
      if (drawn !== null) bars.append(drawn);
      parts.push(h('div', { class: 'df-result-pair' },
        h('section', {},
          h('h2', { class: 'df-section-title' }, t('deficits-ui-result')),
          h('ol', { class: 'df-result', 'data-testid': 'deficits-result' }, ...r.result.filter((item) => item.points > 0).map((item) => h('li', { 'data-testid': `deficits-result-${item.code}` },
            h('span', { class: 'df-rank' }, rankText(item)),
            h('span', { class: 'df-code' }, item.code),
            h('span', { class: 'df-result-name' }, item.name),
            h('span', { class: 'df-number' }, t('deficits-ui-points', { points: item.points }))))),
          unranked > 0 && r.method === 'dots' && h('p', { class: 'df-quiet', 'data-testid': 'deficits-no-dots' }, t('deficits-ui-no-dots', { count: unranked }))),
        bars));
      parts.push(renderGroups(r, this.groupBy, (by) => {
        this.groupBy = by;
        this.host.draw();
        this.host.focus(`[data-testid="deficits-groups-${by}"]`);
      }));
    }
    return h('div', { class: 'df-ranking' }, ...parts);
  }

  private renderBallot(stage: DeficitsStage): HTMLElement {
    const r = stage.ranking;
    const voted = r.voters.filter((v) => Object.keys(v.dots).length > 0).length;
    const select = h('select', { id: 'df-voter', class: 'input', 'data-testid': 'deficits-voter' },
      ...r.voters.map((v) => h('option', { value: String(v.id), selected: v.id === this.voter },
        `${Object.keys(v.dots).length > 0 ? '✓ ' : ''}${v.name} · ${v.sector}`)));
    select.addEventListener('change', () => this.chooseVoter(stage, Number(select.value)));
    const used = () => Object.values(this.dots).reduce((s, n) => s + n, 0);
    const left = h('p', { class: 'df-left', 'data-testid': 'deficits-dots-left', 'aria-live': 'polite' });
    const showLeft = () => {
      const remaining = r.dotsEach - used();
      left.textContent = remaining >= 0 ? t('deficits-ui-dots-left', { count: remaining, each: r.dotsEach }) : `✗ ${t('deficits-ui-dots-over', { count: -remaining, each: r.dotsEach })}`;
      left.classList.toggle('field-error', remaining < 0);
    };
    showLeft();
    const rows = r.candidates.map((c) => {
      const input = h('input', {
        type: 'number', min: 0, max: r.dotsEach, step: 1, class: 'input df-dots', id: `df-dots-${c.code}`,
        'data-testid': `deficits-dots-${c.code}`, value: String(this.dots[c.code] ?? 0),
      });
      input.addEventListener('input', () => {
        const n = Math.max(0, Math.floor(Number(input.value) || 0));
        this.dots = { ...this.dots, [c.code]: n };
        showLeft();
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          void this.saveDots();
        }
      });
      return h('tr', {}, h('td', { class: 'df-code' }, c.code), h('td', {}, h('label', { for: `df-dots-${c.code}` }, c.name)), h('td', {}, input));
    });
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-dots-save', disabled: this.voter === null }, t('deficits-ui-dots-save'));
    save.addEventListener('click', () => void this.saveDots());
    const close = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-close-vote' }, t('deficits-ui-close-vote'));
    close.addEventListener('click', () => void this.vote('close'));
    return h('section', { class: 'df-ballot', 'aria-labelledby': 'df-ballot-title' },
      h('h2', { id: 'df-ballot-title', class: 'df-section-title' }, t('deficits-ui-ballot-title')),
      h('p', { class: 'df-quiet', 'data-testid': 'deficits-voted' }, t('deficits-ui-voted', { count: voted, voters: r.voters.length })),
      h('div', { class: 'df-actions' }, h('label', { for: 'df-voter' }, t('deficits-ui-voter')), select),
      h('table', { class: 'df-table df-dots-table', 'data-testid': 'deficits-ballot' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('deficits-ui-col-code')), h('th', { scope: 'col' }, t('deficits-ui-col-deficit')), h('th', { scope: 'col' }, t('deficits-ui-col-dots')))),
        h('tbody', {}, ...rows)),
      left,
      this.dotsProblem !== null && h('p', { class: 'field-error', role: 'alert', 'data-testid': 'deficits-dots-problem' }, this.dotsProblem),
      h('div', { class: 'df-actions' }, save, close));
  }
}
