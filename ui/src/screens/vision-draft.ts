// The draft of the Vision as the person edits it, before it is saved: its sections in order
// (the five standard ones and free ones with their own titles), each with its paragraphs in
// order. Paragraphs and sections can be added, moved and removed; a paragraph added here has no
// key until it is saved (the store gives it one, never reused). Pure: no DOM, no backend.

import type { DraftEdit, ParagraphEdit, VersionView } from '../bindings';

export interface DraftParagraph {
  /** This screen's own identity for the paragraph, for the DOM and the focus. */
  uid: number;
  /** The paragraph's key; `null` until it is saved. */
  key: number | null;
  textZh: string;
  textEn: string;
  notYetTranslated: boolean;
}

export interface DraftSection {
  uid: number;
  /** `purpose`, `coreValues`, `longTermGoals`, `sdgs`, `commitments` or `free`. */
  kind: string;
  /** The standard section's title in the window's language; a free one's is typed. */
  title: string;
  titleZh: string;
  titleEn: string;
  paragraphs: DraftParagraph[];
}

let nextUid = 1;
const uid = (): number => nextUid++;

/** The version's sections as a draft to edit. */
export function draftOf(version: VersionView): DraftSection[] {
  return version.sections.map((s) => ({
    uid: uid(), kind: s.kind, title: s.title, titleZh: s.titleZh, titleEn: s.titleEn,
    paragraphs: s.paragraphs.map((p) => ({ uid: uid(), key: p.key, textZh: p.textZh, textEn: p.textEn, notYetTranslated: p.notYetTranslated })),
  }));
}

/** What the backend is sent: the draft as typed. */
export function draftEdit(number: number, sections: readonly DraftSection[], neutralityYear: number | null): DraftEdit {
  return {
    number,
    neutralityYear,
    sections: sections.map((s) => ({
      kind: s.kind, titleZh: s.titleZh, titleEn: s.titleEn,
      paragraphs: s.paragraphs.map((p): ParagraphEdit => ({ key: p.key, textZh: p.textZh, textEn: p.textEn, notYetTranslated: p.notYetTranslated })),
    })),
  };
}

/** Whether the draft as typed differs from the version as saved. */
export function differs(version: VersionView, sections: readonly DraftSection[], neutralityYear: number | null): boolean {
  const saved = draftEdit(version.number, draftOf(version), version.neutralityYear);
  return JSON.stringify(saved) !== JSON.stringify(draftEdit(version.number, sections, neutralityYear));
}

/** Where a paragraph is: section index and position, or `null`. */
export function locate(sections: readonly DraftSection[], paragraphUid: number): [number, number] | null {
  for (let s = 0; s < sections.length; s++) {
    const p = sections[s]!.paragraphs.findIndex((x) => x.uid === paragraphUid);
    if (p >= 0) return [s, p];
  }
  return null;
}

/**
 * Moves a paragraph one place up (`-1`) or down (`1`); from the first place of a section it
 * goes to the end of the section before, from the last to the start of the next. Returns
 * whether it moved.
 */
export function moveParagraph(sections: DraftSection[], paragraphUid: number, delta: -1 | 1): boolean {
  const at = locate(sections, paragraphUid);
  if (at === null) return false;
  const [s, p] = at;
  const list = sections[s]!.paragraphs;
  const target = p + delta;
  if (target >= 0 && target < list.length) {
    const [moved] = list.splice(p, 1);
    list.splice(target, 0, moved!);
    return true;
  }
  const other = sections[s + delta];
  if (other === undefined) return false;
  const [moved] = list.splice(p, 1);
  if (delta < 0) other.paragraphs.push(moved!);
  else other.paragraphs.unshift(moved!);
  return true;
}

/** Adds an empty paragraph at the end of section `index`; returns it. */
export function addParagraph(sections: DraftSection[], index: number): DraftParagraph | null {
  const section = sections[index];
  if (section === undefined) return null;
  const paragraph: DraftParagraph = { uid: uid(), key: null, textZh: '', textEn: '', notYetTranslated: false };
  section.paragraphs.push(paragraph);
  return paragraph;
}

export function removeParagraph(sections: DraftSection[], paragraphUid: number): DraftParagraph | null {
  const at = locate(sections, paragraphUid);
  if (at === null) return null;
  return sections[at[0]]!.paragraphs.splice(at[1], 1)[0] ?? null;
}

/** Whether a paragraph holds any text, so removing it asks first. */
export function hasText(p: DraftParagraph): boolean {
  return p.textZh.trim() !== '' || p.textEn.trim() !== '';
}

/** Moves a section one place up or down; returns whether it moved. */
export function moveSection(sections: DraftSection[], index: number, delta: -1 | 1): boolean {
  const target = index + delta;
  if (index < 0 || index >= sections.length || target < 0 || target >= sections.length) return false;
  const [moved] = sections.splice(index, 1);
  sections.splice(target, 0, moved!);
  return true;
}

/** Adds a free section with one empty paragraph at the end; returns it. */
export function addSection(sections: DraftSection[]): DraftSection {
  const section: DraftSection = {
    uid: uid(), kind: 'free', title: '', titleZh: '', titleEn: '',
    paragraphs: [{ uid: uid(), key: null, textZh: '', textEn: '', notYetTranslated: false }],
  };
  sections.push(section);
  return section;
}

/** Removes a free section (the standard ones stay); returns it. */
export function removeSection(sections: DraftSection[], index: number): DraftSection | null {
  if (sections[index]?.kind !== 'free') return null;
  return sections.splice(index, 1)[0] ?? null;
}

/** The free sections without a title in either language, by index: saving would be refused. */
export function untitled(sections: readonly DraftSection[]): number[] {
  return sections.flatMap((s, i) => (s.kind === 'free' && s.titleZh.trim() === '' && s.titleEn.trim() === '' ? [i] : []));
}
