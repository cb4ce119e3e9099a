// The Stakeholders stage: the register (search, filters, sort, a list that stays smooth at
// ten thousand rows), the inclusiveness panel beside it, the add/edit form and the CSV
// import. The screen outlives its DOM: a language switch keeps the search and the form.

import { toApiError, type Api } from '../api';
import type { Inclusiveness, Stakeholder, StakeholderQuery } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import {
  GROUPS, HELIX, ROLES, SECTORS, SORTS, STATUSES, emptyQuery, hasFilters, label, organisation, primaryName, secondaryName,
} from '../register-model';
import { icon } from '../widgets/icons';
import { renderInclusionMatrix, renderInclusionPanel } from '../widgets/inclusion-panel';
import type { Toaster } from '../widgets/toast';
import { createVirtualList, type VirtualList } from '../widgets/virtual-list';
import { StakeholderForm } from './stakeholder-form';
import { StakeholderImport } from './stakeholders-import';
import '../styles/register.css';

export interface RegisterDeps {
  api: Api;
  toast: Toaster;
}

const ROW_HEIGHT = 64;

export class RegisterScreen {
  private people = new Map<number, Stakeholder>();
  private ids: number[] = [];
  private query: StakeholderQuery = emptyQuery();
  private inclusion: Inclusiveness | null = null;
  private loaded = false;
  private loadError: string | null = null;
  private searchSeq = 0;
  private form: StakeholderForm | null = null;
  private importer: StakeholderImport | null = null;
  // Parts of the current DOM.
  private root: HTMLElement | null = null;
  private list: VirtualList<number> | null = null;
  private countLine: HTMLElement | null = null;
  private emptySlot: HTMLElement | null = null;
  private panelSlot: HTMLElement | null = null;
  private searchInput: HTMLInputElement | null = null;

  constructor(private readonly deps: RegisterDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'register', 'data-testid': 'stage-stakeholders' });
    if (!this.loaded) {
      this.root.append(h('p', { class: 'loading' }, t('app-loading')));
      void this.load();
    } else {
      this.draw();
    }
    return this.root;
  }

  /** Keys the screen handles: `/` and Ctrl+F focus the search, Esc and Ctrl+S in the form. */
  onKey(event: KeyboardEvent): boolean {
    if (this.form !== null) return this.form.onKey(event);
    if (this.importer !== null) return this.importer.onKey(event);
    const target = event.target as HTMLElement | null;
    const typing = target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    const ctrlF = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f';
    if (ctrlF || (event.key === '/' && !typing && !event.ctrlKey && !event.altKey && !event.metaKey)) {
      event.preventDefault();
      this.searchInput?.focus();
      this.searchInput?.select();
      return true;
    }
    if (event.key === 'Escape' && target === this.searchInput && this.query.text !== '') {
      event.preventDefault();
      this.setText('');
      return true;
    }
    return false;
  }

  private async load(): Promise<void> {
    try {
      const [people, inclusion] = await Promise.all([this.deps.api.listStakeholders(), this.deps.api.stakeholderInclusiveness()]);
      this.people = new Map(people.map((p) => [p.id, p]));
      this.inclusion = inclusion;
      this.ids = await this.deps.api.searchStakeholders(this.query);
      this.loaded = true;
      this.loadError = null;
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
  }

  /** After a change: everything again, keeping the search. */
  private async reload(focusId?: number): Promise<void> {
    await this.load();
    if (focusId !== undefined) {
      const index = this.ids.indexOf(focusId);
      if (index >= 0) this.list?.focusIndex(index);
    }
  }

  private draw(): void {
    if (this.root === null) return;
    if (this.loadError !== null) {
      replaceChildren(this.root, h('p', { class: 'field-error', role: 'alert' }, this.loadError));
      return;
    }
    if (this.form !== null) {
      replaceChildren(this.root, this.form.render());
      return;
    }
    if (this.importer !== null) {
      replaceChildren(this.root, this.importer.render());
      return;
    }
    replaceChildren(this.root, this.people.size === 0 ? this.renderEmpty() : this.renderRegister());
    this.list?.setItems(this.ids);
    this.updateCount();
    // The list measures its height once it is in the document.
    requestFrame(() => this.list?.refresh());
  }

  private actions(): HTMLElement {
    const importButton = h('button', { type: 'button', class: 'button', 'data-testid': 'register-import' }, icon('upload'), t('register-import'));
    importButton.addEventListener('click', () => this.openImport());
    const add = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'register-add' }, icon('plus'), t('register-add'));
    add.addEventListener('click', () => this.openForm(null));
    return h('div', { class: 'register-actions' }, importButton, add);
  }

  private renderEmpty(): HTMLElement {
    this.list = null;
    return h('div', { class: 'empty-state register-empty', 'data-testid': 'register-empty' },
      h('div', { class: 'empty-state-icon' }, icon('stakeholders')),
      h('h1', { class: 'empty-state-title', tabindex: -1 }, t('register-empty-title')),
      h('p', { class: 'empty-state-body' }, t('register-empty-body')),
      this.actions(),
    );
  }

  private renderRegister(): HTMLElement {
    this.searchInput = h('input', {
      type: 'search', id: 'register-search', class: 'input register-search-input', value: this.query.text,
      placeholder: t('register-search-placeholder'), autocomplete: 'off', spellcheck: 'false',
      'aria-keyshortcuts': '/ Control+F', 'data-testid': 'register-search',
    });
    const input = this.searchInput;
    input.addEventListener('input', () => this.setText(input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && !event.isComposing) {
        event.preventDefault();
        this.list?.focusIndex(0);
      }
    });

    const select = <T extends string>(key: keyof StakeholderQuery, id: string, values: readonly T[], name: (v: T) => string) => {
      const current = this.query[key] as T | null;
      const element = h('select', { id: `register-filter-${key}`, class: 'input register-select', 'data-testid': `register-filter-${key}` },
        h('option', { value: '' }, t('register-filter-any')),
        ...values.map((v) => h('option', { value: v, selected: v === current }, t(name(v)))),
      );
      element.value = current ?? '';
      element.addEventListener('change', () => {
        this.query = { ...this.query, [key]: element.value === '' ? null : element.value };
        void this.search();
        this.draw();
        document.getElementById(`register-filter-${key}`)?.focus();
      });
      return h('div', { class: 'register-filter' }, h('label', { for: `register-filter-${key}` }, t(id)), element);
    };
    const sort = h('select', { id: 'register-sort', class: 'input register-select', 'data-testid': 'register-sort' },
      ...SORTS.map((s) => h('option', { value: s, selected: s === this.query.sort }, t(label.sort(s)))));
    sort.value = this.query.sort;
    sort.addEventListener('change', () => {
      this.query = { ...this.query, sort: sort.value as StakeholderQuery['sort'] };
      void this.search();
    });
    const clear = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'register-clear', hidden: !hasFilters(this.query) }, t('register-filter-clear'));
    clear.addEventListener('click', () => {
      this.query = { ...emptyQuery(), text: this.query.text, sort: this.query.sort };
      void this.search();
      this.draw();
    });

    this.list = createVirtualList<number>({
      rowHeight: ROW_HEIGHT,
      label: t('register-list-label'),
      testid: 'register-list',
      renderRow: (id) => this.renderRow(id),
      onOpen: (id) => {
        const person = this.people.get(id);
        if (person !== undefined) this.openForm(person);
      },
    });
    this.countLine = h('p', { class: 'register-count', 'aria-live': 'polite', 'data-testid': 'register-count' });
    this.emptySlot = h('div', { class: 'register-no-results', 'data-testid': 'register-no-results', hidden: true },
      h('p', { class: 'register-no-results-title' }, t('register-no-results')),
      h('p', {}, t('register-no-results-hint')));
    this.panelSlot = h('div', { class: 'register-side' }, this.inclusion !== null && renderInclusionPanel(this.inclusion));

    return h('div', { class: 'register-page' },
      h('header', { class: 'page-header register-header' },
        h('div', {},
          h('h1', { class: 'page-title', tabindex: -1 }, t('register-title')),
          h('p', { class: 'page-lead' }, t('register-lead')),
        ),
        this.actions(),
      ),
      h('div', { class: 'register-layout' },
        h('div', { class: 'register-main' },
          h('div', { class: 'register-toolbar' },
            h('div', { class: 'register-search' },
              h('label', { for: 'register-search', class: 'visually-hidden' }, t('register-search-label')),
              icon('search', 'icon register-search-icon'),
              input,
              h('kbd', { class: 'register-keys', 'aria-hidden': 'true' }, t('register-search-keys')),
            ),
            h('div', { class: 'register-filter register-sort' }, h('label', { for: 'register-sort' }, t('register-sort')), sort),
          ),
          h('div', { class: 'register-filters' },
            select('sector', 'register-filter-sector', SECTORS, label.sector),
            select('helix', 'register-filter-helix', HELIX, label.helix),
            select('group', 'register-filter-group', GROUPS, label.group),
            select('role', 'register-filter-role', ROLES, label.role),
            select('status', 'register-filter-status', STATUSES, label.status),
          ),
          h('div', { class: 'register-countline' }, this.countLine, clear),
          h('div', { class: 'register-listhead', 'aria-hidden': 'true' },
            h('span', {}, t('register-col-name')), h('span', {}, t('register-col-sector')), h('span', {}, t('register-col-status'))),
          this.list.element,
          this.emptySlot,
        ),
        this.panelSlot,
        this.inclusion !== null && renderInclusionMatrix(this.inclusion),
      ),
    );
  }

  private renderRow(id: number): HTMLElement {
    const p = this.people.get(id);
    const locale = i18n().locale;
    if (p === undefined) return h('div', {});
    const erased = p.erasedOn !== null;
    const second = secondaryName(p, locale);
    const badges = [
      h('span', { class: `badge badge-${p.status}` }, t(label.status(p.status))),
      erased && h('span', { class: 'badge badge-erased' }, t('register-badge-erased')),
      !erased && p.consentDate === null && h('span', { class: 'badge badge-warn' }, t('register-badge-no-consent')),
    ];
    return h('div', { 'data-testid': 'register-row', 'data-id': String(id) },
      h('button', { type: 'button', class: `register-row${p.status === 'withdrawn' ? ' register-row-withdrawn' : ''}` },
        h('span', { class: 'register-cell register-cell-name' },
          h('span', { class: 'register-name' }, primaryName(p, locale), second !== '' && h('span', { class: 'register-name-second' }, second)),
          h('span', { class: 'register-org' }, organisation(p, locale)),
        ),
        h('span', { class: 'register-cell register-cell-sector' },
          h('span', {}, t(label.sector(p.sector))),
          h('span', { class: 'register-sub' }, `${t(label.helix(p.helix))} · ${t(label.role(p.role))}`),
        ),
        h('span', { class: 'register-cell register-cell-status' }, ...badges),
      ),
    );
  }

  private setText(text: string): void {
    this.query = { ...this.query, text };
    if (this.searchInput !== null && this.searchInput.value !== text) this.searchInput.value = text;
    void this.search();
  }

  private async search(): Promise<void> {
    const seq = ++this.searchSeq;
    try {
      const ids = await this.deps.api.searchStakeholders(this.query);
      if (seq !== this.searchSeq) return; // a newer search is under way
      this.ids = ids;
      this.list?.setItems(ids);
      this.updateCount();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private updateCount(): void {
    if (this.countLine !== null) {
      this.countLine.textContent = t('register-count', { shown: this.ids.length, total: this.people.size });
    }
    if (this.emptySlot !== null) this.emptySlot.hidden = this.ids.length > 0;
    if (this.list !== null) this.list.element.hidden = this.ids.length === 0;
  }

  private openForm(person: Stakeholder | null): void {
    this.form = new StakeholderForm(person, {
      api: this.deps.api,
      toast: this.deps.toast,
      close: (changed) => {
        this.form = null;
        // The register opens at its top, not where the long form was scrolled to.
        this.root?.closest('main')?.scrollTo?.({ top: 0 });
        if (changed === null) {
          this.draw();
          this.focusAfterClose(person?.id);
        } else void this.reload(changed.id);
      },
    });
    this.draw();
    this.form.focusFirst();
  }

  private openImport(): void {
    this.importer = new StakeholderImport({
      api: this.deps.api,
      toast: this.deps.toast,
      close: (imported) => {
        this.importer = null;
        if (imported) void this.reload();
        else this.draw();
      },
      redraw: () => this.draw(),
    });
    this.draw();
    this.importer.focusFirst();
  }

  private focusAfterClose(id: number | undefined): void {
    const index = id === undefined ? -1 : this.ids.indexOf(id);
    if (index >= 0) this.list?.focusIndex(index);
    else this.root?.querySelector<HTMLElement>('h1')?.focus();
  }
}

function requestFrame(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else setTimeout(callback, 0);
}
