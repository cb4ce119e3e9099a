// The application shell: top bar, the sidebar of stages, the current screen, and
// the keyboard shortcuts. Holds the little state there is and decides what to show.

import { toApiError, type Api } from './api';
import { connectSafety, type SafetyApi } from './api-safety';
import { connectMeetings } from './api-meetings';
import type { AppInfo, Dialogue } from './bindings';
import { h, replaceChildren } from './dom';
import { bilingualName } from './format';
import { i18n, normalizeLocale, otherLocale, setI18nLocale, t, type Locale } from './i18n';
import { HOME, STAGES, parseHash, sameRoute, stageForShortcut, stageNumber, stepStage, toHash, type Route, type StageKey } from './nav';
import { DataPanel } from './screens/data';
import { renderDialogueSummary } from './screens/dialogue';
import { DialogueEditor } from './screens/dialogue-edit';
import { MeetingsScreen } from './screens/meetings';
import { DocumentsScreen } from './screens/documents';
import { renderStageEmpty } from './screens/stage-empty';
import { BauScreen } from './screens/bau';
import { VisionScreen } from './screens/vision';
import { connectVision } from './api-vision';
import { TargetsScreen } from './screens/targets';
import { connectTargets } from './api-targets';
import { MeasuresScreen } from './screens/measures';
import { connectMeasures } from './api-measures';
import { connectBau } from './api-bau';
import { DeficitsScreen } from './screens/deficits';
import { connectDeficits } from './api-deficits';
import { RegisterScreen } from './screens/stakeholders';
import { renderWelcome } from './screens/welcome';
import { bilingualNameNode } from './widgets/bilingual';
import { icon, logo } from './widgets/icons';
import { createToaster, type Toaster } from './widgets/toast';

export class App {
  private info: AppInfo | null = null;
  private dialogue: Dialogue | null = null;
  private editor: DialogueEditor | null = null;
  private register: RegisterScreen | null = null;
  private documents: DocumentsScreen | null = null;
  private meetings: MeetingsScreen | null = null;
  private bau: BauScreen | null = null;
  private vision: VisionScreen | null = null;
  private targets: TargetsScreen | null = null;
  private measures: MeasuresScreen | null = null;
  private deficits: DeficitsScreen | null = null;
  private route: Route = HOME;
  private readonly toast: Toaster = createToaster();
  // Parts of the shell that stay while the screen changes.
  private content: HTMLElement | null = null;
  private cityLabel: HTMLElement | null = null;
  private navButtons = new Map<StageKey, HTMLButtonElement>();
  private listening = false;
  // The Data and safety panel (backups, restore, audit log), opened from the top bar.
  private dataOpen = false;
  private readonly safety: SafetyApi = connectSafety();

  constructor(
    private readonly root: HTMLElement,
    private readonly api: Api,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async start(): Promise<void> {
    replaceChildren(this.root, h('p', { class: 'loading' }, t('app-loading')));
    try {
      this.info = await this.api.appInfo();
      // A database that could not be opened: the recovery screen, before anything else.
      if ((await this.safety.status()).recovery !== null) this.dataOpen = true;
      this.useLocale(normalizeLocale(this.info.locale));
      this.dialogue = this.info.hasDialogue ? await this.api.getDialogue() : null;
    } catch (raw) {
      this.renderStartFailure(toApiError(raw).message);
      return;
    }
    const route = parseHash(window.location.hash) ?? HOME;
    if (route.edit && this.dialogue !== null) this.editor = this.newEditor(this.dialogue, false);
    this.route = route;
    if (!this.listening) {
      this.listening = true;
      window.addEventListener('hashchange', () => this.navigate(parseHash(window.location.hash) ?? HOME));
      document.addEventListener('keydown', (event) => this.onKey(event));
    }
    this.renderAll();
  }

  // ---- state changes -------------------------------------------------------

  navigate(route: Route, focusHeading = false): void {
    // The Dialogue stage shows the open form, if there is one, so a draft is never lost.
    const next = route.stage === 'dialogue' && this.editor !== null ? { stage: route.stage, edit: true } : route;
    const target = next.edit && this.editor === null ? { ...next, edit: false } : next;
    const hash = toHash(target);
    if (window.location.hash !== hash) history.replaceState(null, '', hash);
    if (sameRoute(target, this.route) && this.content !== null) return;
    this.route = target;
    this.renderScreen();
    if (focusHeading) this.focusHeading();
  }

  private async openDemo(): Promise<void> {
    try {
      this.dialogue = await this.api.openDemo();
      this.info = await this.api.appInfo();
      this.dataOpen = false;
      this.editor = null;
      this.register = null;
      this.meetings = null;
      this.documents = null;
      this.vision = null;
      this.bau = null;
      this.targets = null;
      this.measures = null;
      this.deficits = null;
      this.route = HOME;
      this.renderAll();
      this.toast.show(t('dialogue-demo-opened', { city: bilingualName(this.dialogue.cityZh, this.dialogue.cityEn) }));
      this.focusHeading();
    } catch (raw) {
      this.toast.show(toApiError(raw).message, 'error');
    }
  }

  /** Back from the demo's database to the person's own: their dialogue, or the welcome. */
  private async closeDemo(): Promise<void> {
    try {
      this.info = await this.api.closeDemo();
      this.dialogue = this.info.hasDialogue ? await this.api.getDialogue() : null;
      this.dataOpen = false;
      this.editor = null;
      this.register = null;
      this.meetings = null;
      this.documents = null;
      this.vision = null;
      this.bau = null;
      this.targets = null;
      this.measures = null;
      this.deficits = null;
      this.route = HOME;
      this.renderAll();
      this.toast.show(t('app-demo-left'));
      this.focusHeading();
    } catch (raw) {
      this.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async startNew(): Promise<void> {
    try {
      this.editor = this.newEditor(await this.api.defaultDialogue(), true);
      this.route = { stage: 'dialogue', edit: true };
      this.renderAll();
      this.editor.focusFirst();
    } catch (raw) {
      this.toast.show(toApiError(raw).message, 'error');
    }
  }

  private newEditor(base: Dialogue, isNew: boolean): DialogueEditor {
    return new DialogueEditor(base, isNew, {
      api: this.api,
      toast: this.toast,
      onSaved: (saved) => {
        const wasWelcome = this.dialogue === null;
        this.dialogue = saved;
        this.editor = null;
        this.route = HOME;
        if (wasWelcome) this.renderAll();
        else {
          this.updateCity();
          this.renderScreen();
        }
        this.focusHeading();
      },
      onCancel: () => {
        this.editor = null;
        if (this.dialogue === null) {
          this.renderAll();
          return;
        }
        this.navigate(HOME, true);
      },
    });
  }

  private edit(): void {
    if (this.dialogue === null) return;
    this.editor ??= this.newEditor(this.dialogue, false);
    this.navigate({ stage: 'dialogue', edit: true });
    this.editor.focusFirst();
  }

  private switchLocale(): void {
    const next = otherLocale(i18n().locale);
    this.toast.clear();
    this.useLocale(next);
    this.renderAll();
    this.root.querySelector<HTMLElement>('[data-testid="lang-toggle"]')?.focus();
    this.api.setLocale(next).catch((raw: unknown) => this.toast.show(toApiError(raw).message, 'error'));
  }

  private useLocale(locale: Locale): void {
    setI18nLocale(locale);
    document.title = t('app-name');
  }

  // ---- keyboard ------------------------------------------------------------

  private onKey(event: KeyboardEvent): void {
    // Keys typed into a Chinese input method (Esc, Enter) belong to the input method.
    if (event.isComposing) return;
    // The Data and safety panel is left like any page: Esc, or a stage's shortcut.
    if (this.dataOpen && this.canLeaveData()) {
      const target = stageForShortcut(event);
      if (target !== null || (event.key === 'Escape' && !event.defaultPrevented)) {
        event.preventDefault();
        this.closeData(target === null ? this.route : { stage: target, edit: false });
      }
      return;
    }
    if (this.content === null) return;
    const stage = stageForShortcut(event);
    if (stage !== null) {
      event.preventDefault();
      this.navigate({ stage, edit: false }, true);
      return;
    }
    if (this.route.stage === 'stakeholders' && this.register?.onKey(event) === true) return;
    if (this.route.stage === 'meetings' && this.meetings?.onKey(event) === true) return;
    if (this.route.stage === 'bau' && this.bau?.onKey(event) === true) return;
    if (this.route.stage === 'vision' && this.vision?.onKey(event) === true) return;
    const editing = this.route.edit && this.editor !== null;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (editing) void this.editor?.save();
      return;
    }
    if (event.key === 'Escape' && editing && !event.defaultPrevented) {
      event.preventDefault();
      this.editor?.cancel();
    }
  }

  // ---- rendering -----------------------------------------------------------

  private renderAll(): void {
    this.navButtons.clear();
    this.content = null;
    const skip = h('a', { class: 'skip-link', href: '#main' }, t('app-skip-to-content'));
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      this.focusHeading();
    });

    if (this.dataOpen) {
      const panel = new DataPanel({
        safety: this.safety,
        toast: this.toast,
        onBack: this.canLeaveData() ? () => this.closeData(this.route) : null,
        demo: this.info === null ? null : {
          open: this.info.demo,
          enter: () => this.openDemo(),
          leave: () => this.closeDemo(),
        },
        onRestored: () => {
          this.dataOpen = false;
          this.editor = null;
          this.register = null;
          this.meetings = null;
          this.documents = null;
          this.vision = null;
          this.bau = null;
          this.targets = null;
          this.measures = null;
          this.deficits = null;
          void this.start();
        },
      });
      replaceChildren(this.root, h('div', { class: 'app app-welcome' },
        skip,
        this.renderTopBar(),
        h('main', { class: 'content', id: 'main', tabindex: -1 }, h('div', { class: 'content-inner' }, panel.render())),
        this.toast.element,
      ));
      return;
    }

    if (this.dialogue === null && this.editor === null) {
      replaceChildren(this.root, h('div', { class: 'app app-welcome' },
        skip,
        this.renderTopBar(),
        renderWelcome({ openDemo: () => this.openDemo(), startNew: () => this.startNew() }),
        this.toast.element,
      ));
      return;
    }

    this.content = h('main', { class: 'content', id: 'main', tabindex: -1 });
    replaceChildren(this.root, h('div', { class: 'app' },
      skip,
      this.renderTopBar(),
      h('div', { class: 'app-body' }, this.renderSidebar(), this.content),
      this.toast.element,
    ));
    this.renderScreen();
  }

  private renderScreen(): void {
    if (this.content === null) {
      this.renderAll();
      return;
    }
    for (const [stage, button] of this.navButtons) {
      if (stage === this.route.stage) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
    replaceChildren(this.content, h('div', { class: 'content-inner' }, this.renderStage(this.route)));
    this.content.scrollTop = 0;
  }

  private renderStage(route: Route): HTMLElement {
    if (route.stage === 'stakeholders' && this.dialogue !== null) {
      this.register ??= new RegisterScreen({ api: this.api, toast: this.toast });
      return this.register.render();
    }
    if (route.stage === 'meetings' && this.dialogue !== null) {
      this.meetings ??= new MeetingsScreen({ meetings: connectMeetings(this.api), people: this.api, toast: this.toast });
      return this.meetings.render();
    }
    if (route.stage === 'documents' && this.dialogue !== null) {
      this.documents ??= new DocumentsScreen({ toast: this.toast, editDialogue: () => this.edit() });
      return this.documents.render();
    }
    if (route.stage === 'deficits' && this.dialogue !== null) {
      this.deficits ??= new DeficitsScreen({ deficits: connectDeficits(), toast: this.toast });
      return this.deficits.render();
    }
    if (route.stage === 'targets' && this.dialogue !== null) {
      this.targets ??= new TargetsScreen({ targets: connectTargets(), toast: this.toast });
      return this.targets.render();
    }
    if (route.stage === 'measures' && this.dialogue !== null) {
      this.measures ??= new MeasuresScreen({ measures: connectMeasures(), toast: this.toast, today: this.now });
      return this.measures.render();
    }
    if (route.stage === 'vision' && this.dialogue !== null) {
      this.vision ??= new VisionScreen({ vision: connectVision(), toast: this.toast });
      return this.vision.render();
    }
    if (route.stage === 'bau' && this.dialogue !== null) {
      this.bau ??= new BauScreen({ bau: connectBau(), toast: this.toast });
      return this.bau.render();
    }
    if (route.stage !== 'dialogue') return renderStageEmpty(route.stage);
    if (this.editor !== null) return this.editor.render();
    if (this.dialogue !== null) return renderDialogueSummary(this.dialogue, () => this.edit(), { api: this.api, toast: this.toast });
    return h('p', {}, t('app-loading'));
  }

  /** In recovery there is nothing to go back to until a backup is restored. */
  private canLeaveData(): boolean {
    return this.info !== null;
  }

  private closeData(route: Route): void {
    this.dataOpen = false;
    this.route = route;
    this.renderAll();
    this.focusHeading();
  }

  private renderTopBar(): HTMLElement {
    const other = otherLocale(i18n().locale);
    const toggle = h('button', {
      type: 'button', class: 'lang-toggle', lang: other, 'data-testid': 'lang-toggle', 'aria-label': t('lang-toggle-label'),
    }, icon('globe'), t('lang-toggle'));
    toggle.addEventListener('click', () => this.switchLocale());
    const data = h('button', {
      type: 'button', class: 'lang-toggle', 'data-testid': 'data-toggle', 'aria-pressed': this.dataOpen ? 'true' : 'false',
    }, t('safety-data-open'));
    data.addEventListener('click', () => {
      if (this.dataOpen) this.closeData(this.route);
      else {
        this.dataOpen = true;
        this.renderAll();
      }
    });
    // The name and the mark lead home, to the dialogue, from wherever one is.
    const brand = h('button', { type: 'button', class: 'brand', 'data-testid': 'brand-home', 'aria-label': t('app-home') },
      logo(), h('span', { class: 'brand-name' }, t('app-name')), h('span', { class: 'brand-tagline' }, t('app-tagline')));
    brand.addEventListener('click', () => {
      if (this.dataOpen) this.closeData(HOME);
      else if (this.content !== null) this.navigate(HOME, true);
    });

    this.cityLabel = h('p', { class: 'topbar-city', 'data-testid': 'dialogue-city' });
    this.updateCity();
    const showCity = this.dialogue !== null || this.editor !== null;

    // While the demo is open it says so, with the way out beside it.
    let demo: HTMLElement | null = null;
    if (this.info?.demo === true) {
      const leave = h('button', { type: 'button', class: 'demo-leave', 'data-testid': 'demo-leave' }, t('app-demo-leave'));
      leave.addEventListener('click', () => void this.closeDemo());
      demo = h('p', { class: 'demo-badge', 'data-testid': 'demo-badge' }, h('span', { class: 'demo-badge-label' }, t('app-demo-badge')), leave);
    }
    return h('header', { class: 'topbar' },
      brand,
      showCity && this.cityLabel,
      demo,
      h('div', { class: 'topbar-end' },
        h('p', { class: 'topbar-date', 'data-testid': 'today' }, t('nav-today', { date: i18n().formatDate(this.now()) })),
        data,
        toggle,
      ),
    );
  }

  private updateCity(): void {
    if (this.cityLabel === null) return;
    const name = this.dialogue === null ? '' : bilingualName(this.dialogue.cityZh, this.dialogue.cityEn);
    if (this.dialogue === null || name === '') this.cityLabel.textContent = t('nav-new-dialogue');
    else replaceChildren(this.cityLabel, bilingualNameNode(this.dialogue.cityZh, this.dialogue.cityEn));
  }

  private renderSidebar(): HTMLElement {
    const items = STAGES.map((stage) => {
      const n = stageNumber(stage);
      const button = h('button', {
        // No title: its tooltip covered the next stage. The number beside the name is the shortcut.
        type: 'button', class: 'stage', 'data-testid': `nav-${stage}`, 'aria-keyshortcuts': `Alt+${n} Control+${n}`,
      }, h('span', { class: 'stage-num', 'aria-hidden': 'true' }, n), h('span', { class: 'stage-label' }, t(`nav-${stage}`)));
      button.addEventListener('click', () => this.navigate({ stage, edit: false }));
      button.addEventListener('keydown', (event) => {
        const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
        if (delta === 0) return;
        event.preventDefault();
        this.navButtons.get(stepStage(stage, delta))?.focus();
      });
      this.navButtons.set(stage, button);
      return h('li', {}, button);
    });

    return h('nav', { class: 'sidebar', 'aria-label': t('nav-label') },
      h('p', { class: 'sidebar-title' }, t('nav-title')),
      h('ol', { class: 'stages' }, ...items),
      h('div', { class: 'sidebar-foot' },
        h('p', {}, t('app-offline')),
        this.info !== null && h('p', { class: 'sidebar-version' }, t('app-version', { version: this.info.version })),
      ),
    );
  }

  private renderStartFailure(message: string): void {
    const retry = h('button', { type: 'button', class: 'button button-primary' }, t('action-retry'));
    retry.addEventListener('click', () => void this.start());
    replaceChildren(this.root, h('main', { class: 'start-failure', role: 'alert' },
      h('h1', {}, t('app-start-failed')), h('p', {}, message), retry,
    ));
  }

  private focusHeading(): void {
    this.root.querySelector<HTMLElement>('main h1')?.focus();
  }
}
