// The Vision's text, section by section, its Chinese and English side by side: read only for an
// adopted or superseded version; for a draft, textareas with the tools to add, move and remove
// paragraphs and free sections. Every tool is a button reached by Tab; Alt+↑ and Alt+↓ move the
// paragraph the focus is in. Removing a paragraph with text, or a section, asks first; a
// paragraph an amendment names stays (its remove button says why).

import type { VersionView } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import {
  addParagraph, addSection, type DraftParagraph, type DraftSection, hasText, moveParagraph, moveSection, removeParagraph, removeSection,
} from './vision-draft';

export interface TextHost {
  sections: DraftSection[];
  /** Keys of the draft's paragraphs that an amendment names. */
  amended: ReadonlySet<number>;
  /** A text was typed: the checklist follows, nothing is redrawn. */
  typed(): void;
  /** The structure changed: redraw, then put the focus on the control with this test id. */
  restructured(focus: string | null): void;
  confirm(testid: string, title: string, body: string, confirm: string): Promise<boolean>;
  /** Says why something cannot be done; nothing changes. */
  warn(message: string): void;
}

/** The test id suffix of a paragraph: its key, or `new-…` until it is saved. */
export const pid = (p: DraftParagraph): string => (p.key !== null ? String(p.key) : `new-${p.uid}`);

export function renderReadOnly(version: VersionView): HTMLElement[] {
  return version.sections.map((section, index) => h('section', { class: 'vision-section', 'data-testid': `vision-section-${index}` },
    h('h2', { class: 'vision-section-title' }, section.title),
    h('div', { class: 'vision-columns vision-columns-head', 'aria-hidden': 'true' },
      h('span', {}, t('vision-ui-zh')), h('span', {}, t('vision-ui-en'))),
    ...section.paragraphs.map((p) => h('div', { class: 'vision-paragraph', 'data-testid': `vision-paragraph-${p.key}` },
      h('div', { class: 'vision-columns' },
        h('p', { lang: 'zh-CN', class: 'vision-read' }, p.textZh),
        h('p', { lang: 'en', class: 'vision-read' }, p.textEn)),
      p.notYetTranslated && h('p', { class: 'vision-untranslated' }, t('vision-ui-untranslated'))))));
}

function tool(label: string, testid: string, text: string, onClick: () => void, disabled = false, title: string | null = null): HTMLButtonElement {
  const button = h('button', {
    type: 'button', class: 'button button-quiet vision-tool', 'data-testid': testid, 'aria-label': label, title: title ?? label, disabled,
  }, text);
  button.addEventListener('click', onClick);
  return button;
}

export function renderDraft(host: TextHost): HTMLElement[] {
  const sections = host.sections;
  const count = sections.reduce((n, s) => n + s.paragraphs.length, 0);
  const first = sections.find((s) => s.paragraphs.length > 0)?.paragraphs[0];
  const last = [...sections].reverse().find((s) => s.paragraphs.length > 0)?.paragraphs.at(-1);
  const out = sections.map((section, index) => {
    const name = section.kind === 'free' ? (section.titleEn.trim() || section.titleZh.trim() || t('vision-ui-section-untitled')) : section.title;
    const move = (delta: -1 | 1, testid: string) => () => { if (moveSection(sections, index, delta)) host.restructured(testid.replace(/-\d+$/, `-${index + delta}`)); };
    const sectionTools = h('div', { class: 'vision-tools', role: 'group', 'aria-label': t('vision-ui-section-tools', { title: name }) },
      tool(t('vision-ui-section-up', { title: name }), `vision-move-section-up-${index}`, '↑', move(-1, `vision-move-section-up-${index}`), index === 0),
      tool(t('vision-ui-section-down', { title: name }), `vision-move-section-down-${index}`, '↓', move(1, `vision-move-section-down-${index}`), index === sections.length - 1),
      section.kind === 'free' && tool(t('vision-ui-section-remove', { title: name }), `vision-remove-section-${index}`, t('vision-ui-remove'), () => void removeFree(host, index, name)));
    const titles = section.kind === 'free' && h('div', { class: 'vision-columns vision-free-titles' },
      titleInput(host, section, index, 'zh'), titleInput(host, section, index, 'en'));
    const add = h('button', { type: 'button', class: 'button vision-add', 'data-testid': `vision-add-paragraph-${index}` }, '+ ', t('vision-ui-add-paragraph'));
    add.addEventListener('click', () => {
      const added = addParagraph(sections, index);
      if (added !== null) host.restructured(`vision-zh-${pid(added)}`);
    });
    return h('section', { class: 'vision-section', 'data-testid': `vision-section-${index}`, 'data-kind': section.kind },
      h('div', { class: 'vision-section-head' },
        h('h2', { class: 'vision-section-title' }, name),
        sectionTools),
      titles,
      h('div', { class: 'vision-columns vision-columns-head', 'aria-hidden': 'true' },
        h('span', {}, t('vision-ui-zh')), h('span', {}, t('vision-ui-en'))),
      ...section.paragraphs.map((p) => renderParagraph(host, p, p === first, p === last)),
      add);
  });
  const addSectionButton = h('button', { type: 'button', class: 'button vision-add', 'data-testid': 'vision-add-section' }, '+ ', t('vision-ui-add-section'));
  addSectionButton.addEventListener('click', () => {
    addSection(sections);
    host.restructured(`vision-title-en-${sections.length - 1}`);
  });
  return [
    h('p', { class: 'vision-note', 'data-testid': 'vision-structure-hint' }, t('vision-ui-structure-hint', { count })),
    ...out,
    addSectionButton,
  ];
}

function titleInput(host: TextHost, section: DraftSection, index: number, lang: 'zh' | 'en'): HTMLElement {
  const id = `vision-title-${lang}-${index}`;
  const input = h('input', {
    type: 'text', class: 'input', id, 'data-testid': id, lang: lang === 'zh' ? 'zh-CN' : 'en',
    value: lang === 'zh' ? section.titleZh : section.titleEn,
    'aria-invalid': section.titleZh.trim() === '' && section.titleEn.trim() === '' ? 'true' : null,
  });
  input.addEventListener('input', () => {
    if (lang === 'zh') section.titleZh = input.value;
    else section.titleEn = input.value;
    host.typed();
  });
  return h('label', { class: 'vision-field', for: id }, h('span', {}, t(lang === 'zh' ? 'vision-ui-section-title-zh' : 'vision-ui-section-title-en')), input);
}

async function removeFree(host: TextHost, index: number, name: string): Promise<void> {
  const section = host.sections[index];
  if (section === undefined) return;
  const amended = section.paragraphs.find((p) => p.key !== null && host.amended.has(p.key));
  if (amended?.key != null) {
    host.warn(t('vision-ui-error-paragraph-amended', { key: amended.key }));
    return;
  }
  if (section.paragraphs.some(hasText) || section.titleZh.trim() !== '' || section.titleEn.trim() !== '') {
    const ok = await host.confirm('confirm-vision-remove-section', t('vision-ui-section-remove-title', { title: name }),
      t('vision-ui-section-remove-body', { count: section.paragraphs.length }), t('vision-ui-remove'));
    if (!ok) return;
  }
  removeSection(host.sections, index);
  host.restructured(index > 0 ? `vision-move-section-down-${index - 1}` : 'vision-add-section');
}

function renderParagraph(host: TextHost, p: DraftParagraph, first: boolean, last: boolean): HTMLElement {
  const id = pid(p);
  const caption = p.key !== null ? t('vision-ui-paragraph', { key: p.key }) : t('vision-ui-paragraph-new');
  const zh = h('textarea', { class: 'input vision-input', lang: 'zh-CN', rows: 4, 'data-testid': `vision-zh-${id}`, 'aria-label': `${caption} · ${t('vision-ui-zh')}`, value: p.textZh });
  const en = h('textarea', { class: 'input vision-input', lang: 'en', rows: 4, 'data-testid': `vision-en-${id}`, 'aria-label': `${caption} · ${t('vision-ui-en')}`, value: p.textEn });
  zh.addEventListener('input', () => { p.textZh = zh.value; host.typed(); });
  en.addEventListener('input', () => { p.textEn = en.value; host.typed(); });
  const markId = `vision-untranslated-${id}`;
  const mark = h('input', { type: 'checkbox', id: markId, 'data-testid': markId, checked: p.notYetTranslated });
  mark.addEventListener('change', () => { p.notYetTranslated = mark.checked; host.typed(); });
  const move = (delta: -1 | 1, focus: string | null) => {
    if (moveParagraph(host.sections, p.uid, delta)) host.restructured(focus);
  };
  const amended = p.key !== null && host.amended.has(p.key);
  const remove = async () => {
    if (hasText(p)) {
      const ok = await host.confirm('confirm-vision-remove-paragraph', t('vision-ui-remove-title', { paragraph: caption }), t('vision-ui-remove-body'), t('vision-ui-remove'));
      if (!ok) return;
    }
    removeParagraph(host.sections, p.uid);
    host.restructured(null);
  };
  const tools = h('div', { class: 'vision-tools', role: 'group', 'aria-label': t('vision-ui-paragraph-tools', { paragraph: caption }) },
    tool(t('vision-ui-paragraph-up', { paragraph: caption }), `vision-up-${id}`, '↑', () => move(-1, `vision-up-${id}`), first),
    tool(t('vision-ui-paragraph-down', { paragraph: caption }), `vision-down-${id}`, '↓', () => move(1, `vision-down-${id}`), last),
    tool(t('vision-ui-paragraph-remove', { paragraph: caption }), `vision-remove-${id}`, t('vision-ui-remove'), () => void remove(), amended,
      amended ? t('vision-ui-paragraph-amended') : null));
  const box = h('div', { class: 'vision-paragraph', 'data-testid': `vision-paragraph-${id}` },
    h('div', { class: 'vision-paragraph-head' }, h('span', { class: 'vision-paragraph-caption' }, caption), tools),
    h('div', { class: 'vision-columns' }, zh, en),
    h('label', { class: 'vision-mark', for: markId }, mark, ' ', t('vision-ui-untranslated')));
  box.addEventListener('keydown', (event) => {
    if (!event.altKey || event.isComposing || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    // The focus stays where it was: the same textarea or button of the moved paragraph.
    const focused = (document.activeElement as HTMLElement | null)?.dataset.testid ?? null;
    move(event.key === 'ArrowUp' ? -1 : 1, focused);
  });
  return box;
}
