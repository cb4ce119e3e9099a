// The projector's Vision mode: the paragraph under discussion in large type, in the projector's
// language (both, one under the other, when bilingual), with an amendment's change marked —
// insertions underlined and marked +, deletions struck through and marked − (never colour
// alone) — and who proposed it, why, and how it stands. The main window chooses the paragraph;
// the projector reads the version again, so the text is the saved one.

import { connectVision } from '../api-vision';
import type { ExportLanguage, SectionView, SpanView, VisionProjection, VisionStage } from '../bindings';
import { h } from '../dom';
import { renderSpans } from './vision-compare';
import '../styles/vision-projector.css';

/** How the projector says things: a message in its language(s), and which they are. */
export interface ProjectorVoice {
  language: ExportLanguage;
  say(id: string, args?: Record<string, string | number>): HTMLElement[];
}

/** A standard section's title in the projector's language(s); a free one's own titles. */
function sectionTitle(section: SectionView, locales: readonly ('zh-CN' | 'en')[], voice: ProjectorVoice): (HTMLElement | string)[] {
  if (section.kind !== 'free') return voice.say(`vision-doc-section-${section.kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  const own = locales.map((l) => (l === 'en' ? section.titleEn : section.titleZh).trim()).filter((x) => x !== '');
  return own.length > 0 ? own.map((text, i) => h('span', { class: i > 0 ? 'pj-second' : null }, text)) : [section.title];
}

/** The version the projection names, read as the main window saved it. */
export function loadVisionProjection(target: VisionProjection): Promise<VisionStage> {
  return connectVision().stage(target.version);
}

export function renderVisionProjection(stage: VisionStage | null, target: VisionProjection, voice: ProjectorVoice, error: string | null): HTMLElement {
  const version = stage?.version ?? null;
  const section = version?.sections.find((s) => s.paragraphs.some((p) => p.key === target.paragraphKey)) ?? null;
  const paragraph = section?.paragraphs.find((p) => p.key === target.paragraphKey) ?? null;
  const amendment = target.amendmentId === null ? null : stage?.amendments.find((a) => a.id === target.amendmentId) ?? null;
  const locales: ('zh-CN' | 'en')[] = voice.language === 'bilingual' ? ['zh-CN', 'en'] : [voice.language === 'en' ? 'en' : 'zh-CN'];
  const text = (locale: 'zh-CN' | 'en', i: number): HTMLElement => {
    const spans: SpanView[] | null = amendment === null ? null : locale === 'en' ? amendment.diffEn : amendment.diffZh;
    const plain = paragraph === null ? '' : locale === 'en' ? paragraph.textEn : paragraph.textZh;
    return h('p', { class: `pj-vision-text${i > 0 ? ' pj-second' : ''}`, lang: locale, 'data-testid': `projector-vision-${locale}` },
      ...(spans !== null && spans.length > 0 ? renderSpans(spans) : [plain]));
  };
  return h('div', { class: 'pj-vision', 'data-testid': 'projector-vision' },
    h('header', { class: 'pj-header' },
      h('p', { class: 'pj-item-label' }, ...voice.say('vision-projector-label', { version: target.version, key: target.paragraphKey })),
      section !== null && h('h1', { class: 'pj-title-line', 'data-testid': 'projector-vision-section' }, ...sectionTitle(section, locales, voice))),
    paragraph === null
      ? h('p', { class: 'pj-no-item' }, ...(error !== null ? [h('span', { role: 'alert' }, error)] : voice.say('vision-projector-missing', { key: target.paragraphKey })))
      : h('section', { class: 'pj-vision-paragraph' }, ...locales.map(text)),
    amendment !== null && h('div', { class: 'pj-vision-amendment', 'data-testid': 'projector-vision-amendment' },
      h('p', {}, ...voice.say('vision-projector-amendment', { name: amendment.proposedBy, reason: amendment.reason })),
      h('p', { class: 'pj-vision-legend' }, ...voice.say('vision-ui-diff-legend')),
      amendment.settled !== null && h('p', { class: 'pj-vision-settled' }, amendment.settled)));
}
