// The Ranking tab of the Deficits stage: each voter's dots per flagged deficit, the result with
// ties, by sector and by triple-helix group, and its bars.

import { toApiError } from '../api';
import type { DeficitsStage, GroupView, RankedView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import type { DeficitsHost } from './deficits';
import { parseSvg } from './bau';
import { rankText } from './deficits-words';

export class RankingTab {
  private voter: number | null = null;
  private dots: Record<string, number> = {};
  private dotsProblem: string | null = null;
  private newDots = 8;
  private busy = false;

  constructor(private readonly host: DeficitsHost) {}

  /** Keeps the chosen voter across a new stage, and their dots as stored. */
  accept(stage: DeficitsStage): void {
    const voters = stage.ranking.voters;
    if (this.voter === null || !voters.some((v) => v.id === this.voter)) this.voter = voters[0]?.id ?? null;
    this.dots = { ...(voters.find((v) => v.id === this.voter)?.dots ?? {}) };
  }

  private async saveDots(): Promise<void> {
    if (this.voter === null || this.busy) return;
    this.busy = true;
    try {
      const outcome = await this.host.deps.deficits.recordDots(this.voter, { ...this.dots });
      this.dotsProblem = outcome.problems[0]?.message ?? null;
      if (outcome.stage !== null) {
        const who = outcome.stage.ranking.voters.find((v) => v.id === this.voter)?.name ?? '';
        this.host.accept(outcome.stage);
        this.host.deps.toast.show(t('deficits-ui-dots-saved', { name: who }));
      }
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.host.draw();
    this.host.focus('[data-testid="deficits-voter"]');
  }

  private async vote(action: 'open' | 'close'): Promise<void> {
    try {
      this.host.accept(action === 'open' ? await this.host.deps.deficits.openVote(this.newDots) : await this.host.deps.deficits.closeVote());
      this.dotsProblem = null;
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.host.draw();
  }

  render(stage: DeficitsStage): HTMLElement {
    const r = stage.ranking;
    const name = (code: string) => r.candidates.find((c) => c.code === code)?.name ?? code;
    const parts: (HTMLElement | null)[] = [];
    if (r.candidates.length === 0) {
      parts.push(h('div', { class: 'empty-state df-empty', 'data-testid': 'deficits-ranking-empty' },
        h('h2', { class: 'empty-state-title' }, t('deficits-ui-ranking-empty-title')),
        h('p', { class: 'empty-state-body' }, t('deficits-ui-ranking-empty-body'))));
    } else if (!r.open) {
      const dots = h('input', { id: 'df-new-dots', type: 'number', min: 1, max: 50, class: 'input df-dots', value: String(this.newDots), 'data-testid': 'deficits-new-dots' });
      dots.addEventListener('input', () => { this.newDots = Math.max(1, Number(dots.value) || 8); });
      const open = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-open-vote' }, t('deficits-ui-open-vote'));
      open.addEventListener('click', () => void this.vote('open'));
      parts.push(h('div', { class: 'df-vote-state' },
        h('p', {}, r.exists ? t('deficits-ui-vote-closed') : t('deficits-ui-no-vote', { count: r.candidates.length })),
        h('div', { class: 'df-actions' }, h('label', { for: 'df-new-dots' }, t('deficits-ui-dots-each')), dots, open)));
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
          unranked > 0 && h('p', { class: 'df-quiet', 'data-testid': 'deficits-no-dots' }, t('deficits-ui-no-dots', { count: unranked }))),
        bars));
      parts.push(h('div', { class: 'df-groups' },
        this.renderGroups('deficits-ui-by-sector', r.bySector, name, 'deficits-by-sector'),
        this.renderGroups('deficits-ui-by-helix', r.byHelix, name, 'deficits-by-helix')));
    }
    return h('div', { class: 'df-ranking' }, ...parts);
  }

  private renderBallot(stage: DeficitsStage): HTMLElement {
    const r = stage.ranking;
    const voted = r.voters.filter((v) => Object.keys(v.dots).length > 0).length;
    const select = h('select', { id: 'df-voter', class: 'input', 'data-testid': 'deficits-voter' },
      ...r.voters.map((v) => h('option', { value: String(v.id), selected: v.id === this.voter },
        `${Object.keys(v.dots).length > 0 ? '✓ ' : ''}${v.name} · ${v.sector}`)));
    select.addEventListener('change', () => {
      this.voter = Number(select.value);
      this.dots = { ...(r.voters.find((v) => v.id === this.voter)?.dots ?? {}) };
      this.dotsProblem = null;
      this.host.draw();
      this.host.focus('[data-testid="deficits-voter"]');
    });
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

  private renderGroups(title: string, groups: GroupView[], name: (code: string) => string, testid: string): HTMLElement | null {
    if (groups.length === 0) return null;
    const top = (items: RankedView[]) => items.filter((i) => i.points > 0).slice(0, 3)
      .map((i) => `${rankText(i)}. ${i.code} ${name(i.code)} (${i.points})`);
    return h('section', {},
      h('h2', { class: 'df-section-title' }, t(title)),
      h('table', { class: 'df-table', 'data-testid': testid },
        h('thead', {}, h('tr', {}, ...['group', 'voters', 'top'].map((c) => h('th', { scope: 'col', class: c === 'voters' ? 'df-number' : '' }, t(`deficits-ui-col-${c}`))))),
        h('tbody', {}, ...groups.map((g) => h('tr', {},
          h('th', { scope: 'row' }, g.label),
          h('td', { class: 'df-number' }, g.voters),
          h('td', {}, h('ul', { class: 'df-top' }, ...top(g.items).map((line) => h('li', {}, line)))))))));
  }
}
