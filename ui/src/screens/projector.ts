// The projector window (index.html#/projector): what the room sees, in large type and high
// contrast, in its own language (English, Chinese or both). It only listens: the main window
// decides the meeting and the agenda item; Esc closes the window. Panels registered by other
// features (a question's live tally) draw into the slot under the agenda item. A Vision
// paragraph under discussion, when the main window names one, is shown instead
// (`vision-projector.ts`), or the scorecard essential being scored (`deficits-projector.ts`).

import { toApiError } from '../api';
import type { MeetingsApi } from '../api-meetings';
import type { DeficitsStage, ExportLanguage, MeetingView, ProjectorView, VisionStage } from '../bindings';
import { h, replaceChildren } from '../dom';
import { createI18n, type I18n } from '../i18n';
import { formatStamp, projectorLanguage, projectorLines } from '../meetings-model';
import { logo } from '../widgets/icons';
import { loadVisionProjection, renderVisionProjection } from './vision-projector';
import { loadScorecardProjection, renderScorecardProjection } from './deficits-projector';

/** Draws into the projector's panel slot; `meeting` is null when nothing is shown. */
export type ProjectorPanel = (view: ProjectorView, root: HTMLElement, meeting: MeetingView | null) => void;

const panels: ProjectorPanel[] = [];

/**
 * Adds a panel to the projector, under the current agenda item (the place for a question's
 * live tally). Called once at start-up by the feature that owns the panel.
 */
export function registerProjectorPanel(render: ProjectorPanel): void {
  panels.push(render);
}

export function isProjectorRoute(hash: string): boolean {
  return /^#\/?projector\/?$/.test(hash);
}

export class ProjectorScreen {
  private view: ProjectorView = { meetingId: null, agendaItemId: null, questionId: null, language: 'bilingual' };
  private meeting: MeetingView | null = null;
  private vision: VisionStage | null = null;
  private scorecard: DeficitsStage | null = null;
  private error: string | null = null;
  private readonly messages: Record<'en' | 'zh-CN', I18n> = { en: createI18n('en'), 'zh-CN': createI18n('zh-CN') };
  private seq = 0;

  constructor(private readonly root: HTMLElement, private readonly api: MeetingsApi) {}

  async start(): Promise<void> {
    document.documentElement.classList.add('projector-page');
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      void this.api.closeProjector();
    });
    await this.api.onProjectorChanged((view) => void this.show(view));
    try {
      await this.show(await this.api.getProjector());
    } catch (raw) {
      this.error = toApiError(raw).message;
      this.draw();
    }
  }

  /** Shows what the main window chose; the meeting is read again, so the item's notes and the tally are current. */
  async show(view: ProjectorView): Promise<void> {
    const seq = ++this.seq;
    this.view = view;
    try {
      const vision = view.vision == null ? null : await loadVisionProjection(view.vision);
      const scorecard = view.scorecard == null || vision !== null ? null : await loadScorecardProjection(projectorLanguage(view.language));
      const meeting = view.meetingId === null || vision !== null || scorecard !== null ? null : await this.api.get(view.meetingId);
      if (seq !== this.seq) return;
      this.meeting = meeting;
      this.vision = vision;
      this.scorecard = scorecard;
      this.error = null;
    } catch (raw) {
      if (seq !== this.seq) return;
      this.meeting = null;
      this.vision = null;
      this.scorecard = null;
      this.error = toApiError(raw).message;
    }
    this.draw();
  }

  private language(): ExportLanguage {
    return projectorLanguage(this.view.language);
  }

  /** A message in the projector's language; both, one under the other, when bilingual. */
  private say(id: string, args?: Record<string, string | number>): HTMLElement[] {
    const language = this.language();
    const locales: ('en' | 'zh-CN')[] = language === 'bilingual' ? ['zh-CN', 'en'] : [language];
    return locales.map((locale, i) => h('span', { lang: locale, class: i > 0 ? 'pj-second' : null }, this.messages[locale].t(id, args)));
  }

  private lines(zh: string, en: string, className: string, tag: 'h1' | 'h2' | 'p' = 'p'): HTMLElement[] {
    return projectorLines(zh, en, this.language()).map((line, i) =>
      h(tag, { class: `${className}${i > 0 ? ' pj-second' : ''}`, lang: line.lang }, line.text));
  }

  private draw(): void {
    const language = this.language();
    document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
    document.title = this.messages[language === 'en' ? 'en' : 'zh-CN'].t('meetings-projector-window');
    const slot = h('div', { class: 'pj-panels', 'data-testid': 'projector-panel' });
    const m = this.meeting;
    let body: HTMLElement;
    if (this.view.vision != null) {
      body = renderVisionProjection(this.vision, this.view.vision, { language, say: (id, args) => this.say(id, args) }, this.error);
    } else if (this.view.scorecard != null) {
      body = renderScorecardProjection(this.scorecard, this.view.scorecard, { language, say: (id, args) => this.say(id, args) }, this.error);
    } else if (m === null) {
      body = h('div', { class: 'pj-idle', 'data-testid': 'projector-idle' },
        h('div', { class: 'pj-logo' }, logo()),
        h('p', { class: 'pj-idle-text' }, ...this.say('meetings-projector-idle')),
        this.error !== null && h('p', { class: 'pj-error', role: 'alert' }, this.error));
    } else {
      const ordered = [...m.agenda].sort((a, b) => a.position - b.position);
      const item = ordered.find((a) => a.id === this.view.agendaItemId) ?? null;
      const locale = language === 'en' ? 'en' : 'zh-CN';
      body = h('div', { class: 'pj-meeting' },
        h('header', { class: 'pj-header' },
          h('div', { class: 'pj-title', 'data-testid': 'projector-title' }, ...this.lines(m.meeting.titleZh, m.meeting.titleEn, 'pj-title-line', 'h1')),
          h('p', { class: 'pj-meta' }, formatStamp(m.meeting.startsAt, locale)),
        ),
        item === null
          ? h('p', { class: 'pj-no-item' }, ...this.say('meetings-projector-no-item'))
          : h('section', { class: 'pj-item', 'data-testid': 'projector-item' },
            h('p', { class: 'pj-item-label' }, ...this.say('meetings-projector-item', { n: item.position, count: ordered.length })),
            ...this.lines(item.titleZh, item.titleEn, 'pj-item-title', 'h2'),
            item.presenter.trim() !== '' && h('p', { class: 'pj-presenter' }, item.presenter),
          ),
        slot,
      );
    }
    replaceChildren(this.root, h('main', { class: 'projector', 'data-testid': 'projector', 'data-language': language },
      body,
      h('p', { class: 'pj-hint', 'aria-hidden': 'true' }, ...this.say('meetings-projector-esc'))));
    // ---- the place for panels of other features (a question's live tally) ----
    for (const render of panels) {
      try {
        render(this.view, slot, m);
      } catch (error) {
        console.warn('[projector] a panel failed to draw', error);
      }
    }
  }
}
