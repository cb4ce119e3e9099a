// The Scorecard tab of the Deficits stage: the latest workshop's questions by essential, scored
// with the number keys (arrows move and change), a comment and the evidence each, totals and the
// radar beside; a new workshop started when the dialogue meets again, and the comparison with
// the workshop before it (`deficits-compare.ts`).

import { toApiError } from '../api';
import type { DeficitsStage, QuestionView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import type { DeficitsHost } from './deficits';
import { parseSvg } from './bau';
import { renderComparison } from './deficits-compare';

export class ScorecardTab {
  private stage: DeficitsStage | null = null;
  /** The new workshop's title while the person types it; null when the form is closed. */
  private newTitle: string | null = null;
  private newLevel: 'preliminary' | 'detailed' = 'preliminary';
  /** Why the chosen criteria file was refused, shown under the form. */
  private fileProblem: string | null = null;
  /** The essential on the projector; it follows the question being scored. */
  private projecting: number | null = null;
  private busy = false;

  constructor(private readonly host: DeficitsHost) {}

  private async score(q: { code: string; comment: string; evidence: string }, score: number, focus?: string): Promise<void> {
    try {
      const outcome = await this.host.deps.deficits.score(q.code, score, q.comment, q.evidence);
      if (outcome.stage !== null) this.host.accept(outcome.stage);
      // The projector reads the saved scores again, on the essential being scored.
      if (outcome.stage !== null && this.projecting !== null) await this.project(Number(/^P(\d+)\./.exec(q.code)?.[1] ?? this.projecting), false);
      for (const p of outcome.problems) this.host.deps.toast.show(p.message, 'error');
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.host.draw();
    this.host.focus(focus ?? `[data-question="${q.code}"]`);
  }

  private async startWorkshop(): Promise<void> {
    if (this.busy || this.newTitle === null) return;
    this.busy = true;
    try {
      const outcome = await this.host.deps.deficits.newWorkshop(this.newTitle, this.newLevel);
      for (const p of outcome.problems) this.host.deps.toast.show(p.message, 'error');
      if (outcome.stage !== null) {
        this.host.accept(outcome.stage);
        this.newTitle = null;
        this.host.deps.toast.show(t('deficits-ui-workshop-started', { title: outcome.stage.scorecard.workshop?.title ?? '' }));
      }
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.host.draw();
    this.host.focus(this.newTitle === null ? '[data-question]' : '[data-testid="deficits-new-workshop-level"]');
  }

  /** Reads the detailed level's criteria file the person chose (tests pass one directly). */
  async loadDetailed(file: File): Promise<void> {
    try {
      const outcome = await this.host.deps.deficits.loadDetailed(Array.from(new Uint8Array(await file.arrayBuffer())));
      this.fileProblem = outcome.problems[0]?.message ?? null;
      if (outcome.stage !== null) {
        this.host.accept(outcome.stage);
        this.newLevel = 'detailed';
        this.host.deps.toast.show(t('deficits-ui-detailed-loaded'));
      }
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.host.draw();
    this.host.focus('[data-testid="deficits-new-workshop-level"]');
  }

  private async project(essential: number | null, redraw = true): Promise<void> {
    try {
      await this.host.deps.deficits.project(essential);
      this.projecting = essential;
    } catch (raw) {
      this.host.deps.toast.show(toApiError(raw).message, 'error');
    }
    if (redraw) {
      this.host.draw();
      this.host.focus(`[data-testid="deficits-project-${essential ?? this.projecting ?? 1}"]`);
    }
  }

  private question(code: string): QuestionView | undefined {
    for (const e of this.stage?.scorecard.essentials ?? []) {
      const found = e.questions.find((q) => q.code === code);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private onQuestionKey(event: KeyboardEvent, code: string): void {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLInputElement) return;
    const max = this.stage?.scorecard.scaleMax ?? 3;
    const current = this.question(code) ?? { code, score: null, comment: '', evidence: '' };
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    if (digit !== null && digit <= max) {
      event.preventDefault();
      void this.score(current, digit);
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const delta = event.key === 'ArrowRight' ? 1 : -1;
      const next = Math.min(max, Math.max(0, (current.score ?? (delta > 0 ? -1 : 1)) + delta));
      if (next !== current.score) void this.score(current, next);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const rows = this.host.queryAll<HTMLElement>('[data-question]');
      const at = rows.findIndex((r) => r.dataset.question === code);
      rows[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  }

  render(stage: DeficitsStage): HTMLElement {
    this.stage = stage;
    const card = stage.scorecard;
    const essentials = card.essentials.map((e) => h('section', { class: 'df-essential', 'data-testid': `deficits-essential-${e.number}` },
      h('h2', { class: 'df-essential-title' },
        h('span', {}, `${e.number}. ${e.name}`),
        h('span', { class: 'df-essential-total' }, t('deficits-ui-essential-total', { score: e.score, max: e.max, percent: Math.round(e.percent) }), ' ', this.projectButton(e.number))),
      h('ul', { class: 'df-questions' }, ...e.questions.map((q) => this.renderQuestion(q, card.scaleMax)))));
    const radar = h('figure', { class: 'df-chart', 'data-testid': 'deficits-radar' });
    const drawn = parseSvg(card.radarSvg);
    if (drawn !== null) radar.append(drawn);
    return h('div', { class: 'df-scorecard' },
      h('div', { class: 'df-score-list' },
        h('div', { class: 'df-workshop-line' },
          h('p', { class: 'df-quiet', 'data-testid': 'deficits-workshop' }, card.workshop === null ? t('deficits-ui-no-workshop') : t('deficits-ui-workshop', { title: card.workshop.title, date: card.workshop.heldOn })),
          this.renderNewWorkshop(card.workshop !== null)),
        h('p', { class: 'df-quiet', 'data-testid': 'deficits-score-keys' }, t('deficits-ui-score-keys', { max: card.scaleMax })),
        h('ol', { class: 'df-meanings', start: 0 }, ...card.meanings.map((m) => h('li', {}, m))),
        ...essentials),
      h('aside', { class: 'df-score-side' },
        h('p', { class: 'df-total', 'data-testid': 'deficits-score-total' }, t('deficits-ui-score-total', { score: card.score, max: card.max, percent: Math.round(card.percent), scored: card.scored, questions: card.questions })),
        radar,
        card.comparison !== null && h('p', { class: 'df-quiet', 'data-testid': 'deficits-radar-key' }, t('deficits-ui-radar-key', { earlier: card.comparison.earlier.heldOn, later: card.comparison.later.heldOn })),
        card.comparison !== null && renderComparison(card.comparison)));
  }

  /** "Show on the projector" for an essential; on the one shown, "Stop" gives the projector back. */
  private projectButton(essential: number): HTMLElement {
    const shown = this.projecting === essential;
    const b = h('button', {
      type: 'button', class: 'button button-quiet df-project', 'aria-pressed': shown ? 'true' : 'false', 'data-testid': `deficits-project-${essential}`,
      'aria-label': t(shown ? 'deficits-ui-project-stop' : 'deficits-ui-project-for', { n: essential }),
    }, shown ? `■ ${t('deficits-ui-project-stop-short')}` : `▶ ${t('deficits-ui-project')}`);
    b.addEventListener('click', () => void this.project(shown ? null : essential));
    return b;
  }

  /** "New workshop…", then its title and Start; Esc closes the form. */
  private renderNewWorkshop(any: boolean): HTMLElement | null {
    if (!any) return null;
    if (this.newTitle === null) {
      const open = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-new-workshop' }, t('deficits-ui-new-workshop'));
      open.addEventListener('click', () => {
        this.newTitle = '';
        this.host.draw();
        this.host.focus('[data-testid="deficits-new-workshop-title"]');
      });
      return open;
    }
    const title = h('input', { id: 'df-new-workshop-title', class: 'input df-workshop-title', 'data-testid': 'deficits-new-workshop-title', value: this.newTitle, placeholder: t('deficits-ui-workshop-title') });
    title.addEventListener('input', () => { this.newTitle = title.value; });
    title.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.startWorkshop();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.newTitle = null;
        this.host.draw();
        this.host.focus('[data-testid="deficits-new-workshop"]');
      }
    });
    const loaded = this.stage?.scorecard.detailedLoaded === true;
    const level = h('select', { id: 'df-new-workshop-level', class: 'input', 'data-testid': 'deficits-new-workshop-level' },
      h('option', { value: 'preliminary', selected: this.newLevel === 'preliminary' }, t('deficits-ui-level-preliminary')),
      h('option', { value: 'detailed', selected: this.newLevel === 'detailed', disabled: !loaded }, t('deficits-ui-level-detailed')));
    level.value = loaded ? this.newLevel : 'preliminary';
    level.addEventListener('change', () => { this.newLevel = level.value === 'detailed' ? 'detailed' : 'preliminary'; });
    const picker = h('input', { type: 'file', accept: '.json,application/json', class: 'df-file', 'data-testid': 'deficits-detailed-file', 'aria-label': t('deficits-ui-detailed-load') });
    picker.addEventListener('change', () => {
      const chosen = picker.files?.[0];
      if (chosen !== undefined) void this.loadDetailed(chosen);
    });
    const load = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-detailed-load', title: t('deficits-ui-detailed-help') }, t('deficits-ui-detailed-load'));
    load.addEventListener('click', () => picker.click());
    const start = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-new-workshop-start' }, t('deficits-ui-new-workshop-start'));
    start.addEventListener('click', () => void this.startWorkshop());
    const cancel = h('button', { type: 'button', class: 'button button-quiet' }, t('deficits-ui-import-cancel'));
    cancel.addEventListener('click', () => {
      this.newTitle = null;
      this.host.draw();
    });
    return h('div', { class: 'df-new-workshop', role: 'group', 'aria-label': t('deficits-ui-new-workshop') },
      h('div', { class: 'df-actions' },
        h('label', { for: 'df-new-workshop-title' }, t('deficits-ui-new-workshop-title')), title,
        h('label', { for: 'df-new-workshop-level' }, t('deficits-ui-level')), level, start, cancel),
      h('div', { class: 'df-actions df-import' }, load, picker,
        h('span', { class: 'df-quiet' }, loaded ? `✓ ${t('deficits-ui-detailed-loaded')}` : t('deficits-ui-detailed-help'))),
      this.fileProblem !== null && h('p', { class: 'field-error', role: 'alert', 'data-testid': 'deficits-detailed-problem' }, this.fileProblem),
      h('p', { class: 'df-quiet' }, t('deficits-ui-new-workshop-help')));
  }

  private renderQuestion(q: QuestionView, max: number): HTMLElement {
    const buttons = Array.from({ length: max + 1 }, (_, n) => {
      const b = h('button', {
        type: 'button', class: 'df-score', tabindex: -1, 'aria-pressed': q.score === n ? 'true' : 'false',
        'data-testid': `deficits-score-${q.code}-${n}`, 'aria-label': t('deficits-ui-score-button', { code: q.code, score: n }),
      }, n);
      b.addEventListener('click', () => void this.score(q, n));
      return b;
    });
    // The comment and the evidence are kept with the score: typed before it, they wait for it.
    const note = (field: 'comment' | 'evidence') => {
      const input = h('input', {
        class: `input df-${field}`, 'data-testid': `deficits-${field}-${q.code}`, value: q[field],
        placeholder: t(`deficits-ui-${field}`), 'aria-label': t(`deficits-ui-${field}-for`, { code: q.code }),
      });
      const save = () => {
        if (q.score !== null && input.value.trim() !== q[field]) {
          void this.score({ ...q, [field]: input.value }, q.score, `[data-testid="deficits-${field}-${q.code}"]`);
        }
      };
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          save();
        }
      });
      input.addEventListener('change', save);
      return input;
    };
    const row = h('li', {
      class: 'df-question', tabindex: 0, 'data-question': q.code, 'data-testid': `deficits-question-${q.code}`,
      'aria-label': `${q.code} ${q.title}: ${q.score === null ? t('deficits-ui-not-scored') : q.score}`, 'aria-keyshortcuts': `${Array.from({ length: max + 1 }, (_, n) => n).join(' ')} ArrowLeft ArrowRight ArrowUp ArrowDown`,
    },
    h('span', { class: 'df-code' }, q.code),
    h('span', { class: 'df-question-title' }, q.title),
    h('span', { class: 'df-scores', role: 'group', 'aria-label': t('deficits-ui-score-of', { code: q.code }) }, ...buttons),
    h('span', { class: 'df-state' }, q.score === null ? `○ ${t('deficits-ui-not-scored')}` : q.score <= 1 ? `✗ ${t('deficits-ui-score-deficit')}` : '✓'),
    h('span', { class: 'df-notes' }, note('comment'), note('evidence')));
    row.addEventListener('keydown', (event) => this.onQuestionKey(event, q.code));
    return row;
  }
}
