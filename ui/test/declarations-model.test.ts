// The declarations model: signing order, normalised points, the SVG path, the form checks.

import { describe, expect, it } from 'vitest';
import type { Declaration, DeclarationView } from '../src/bindings';
import {
  addPoint, checkDraft, declarationTitle, dialogueFieldId, draftFieldLabel, hasRoom, MAX_SIGNATURE_POINTS, moveItem, nextSigner,
  normalizePoint, signerRows, strokesPath, type Strokes,
} from '../src/declarations-model';

const membership: Declaration = {
  id: 1, kind: 'membership', titleZh: '', titleEn: '', sections: [],
  signers: [
    { role: 'focal-point', name: 'Li Jianguo', title: 'Deputy Secretary-General' },
    { role: 'high-level-rep', name: 'Wang Zhili', title: 'Mayor' },
  ],
  placeZh: '渭南', placeEn: 'Weinan', date: '2026-11-23',
};

const view = (signed: string[], next: string | null): DeclarationView => ({
  declaration: membership,
  signatures: signed.map((role) => ({ role, name: role, signature: { strokes: [[[0.1, 0.1]]] }, signedAt: '2026-11-23T08:45:00' })),
  nextSigner: next,
  formProblems: [],
});

describe('signing order', () => {
  it('shows who has signed, who signs next and who waits for whom', () => {
    const rows = signerRows(view(['focal-point'], 'high-level-rep'));
    expect(rows.map((r) => r.state)).toEqual(['signed', 'next']);
    expect(rows[0]?.signature?.role).toBe('focal-point');

    const fresh = signerRows(view([], 'focal-point'));
    expect(fresh.map((r) => r.state)).toEqual(['next', 'waiting']);
    expect(fresh[1]?.waitingFor).toBe('Li Jianguo');
    expect(nextSigner(view([], 'focal-point'))?.name).toBe('Li Jianguo');
    expect(nextSigner(view(['focal-point', 'high-level-rep'], null))).toBeNull();
  });
});

describe('drawn signatures', () => {
  it('normalises points to the box, clamped and rounded to 1/10000', () => {
    expect(normalizePoint(150, 25, 300, 100)).toEqual([0.5, 0.25]);
    expect(normalizePoint(-20, 130, 300, 100)).toEqual([0, 1]);
    expect(normalizePoint(100, 33.333333, 300, 100)).toEqual([0.3333, 0.3333]);
    expect(normalizePoint(Number.NaN, 10, 0, 100)).toEqual([0, 0.1]);
  });

  it('drops repeated points and stops at the limit', () => {
    const strokes: Strokes = [[[0.1, 0.1]]];
    expect(addPoint(strokes, [0.1, 0.1])).toBe(false);
    expect(addPoint(strokes, [0.2, 0.1])).toBe(true);
    expect(strokes[0]).toHaveLength(2);
    const full: Strokes = [Array.from({ length: MAX_SIGNATURE_POINTS }, (_, i): [number, number] => [i / MAX_SIGNATURE_POINTS, 0.5])];
    expect(hasRoom(full)).toBe(false);
    expect(addPoint(full, [0.9, 0.9])).toBe(false);
    expect(addPoint([], [0.5, 0.5])).toBe(false);
  });

  it('draws strokes as an SVG path, a single point as a dot', () => {
    expect(strokesPath([[[0, 0], [0.5, 1]], [[1, 0.5]]], 300, 100)).toBe('M0 0 L150 100 M300 50 L300 50');
    expect(strokesPath([[]], 300, 100)).toBe('');
  });
});

describe('the declaration form', () => {
  const custom: Declaration = {
    ...membership, id: 0, kind: 'custom', titleZh: '循环城市宣言', titleEn: 'Circular Cities Declaration',
    sections: [{ headingZh: '', headingEn: '', numbered: false, paragraphs: [{ zh: '我们承诺', en: 'We commit', bullet: false }] }],
  };

  it('accepts a complete declaration', () => {
    expect(checkDraft(custom)).toEqual([]);
  });

  it('names every problem at once with the backend paths', () => {
    const broken: Declaration = {
      ...custom, titleZh: ' ', titleEn: '', placeZh: '', placeEn: '', date: null,
      sections: [{ headingZh: '', headingEn: '', numbered: false, paragraphs: [{ zh: '长'.repeat(4001), en: '', bullet: false }] }],
      signers: [{ role: 'mayor', name: '', title: '' }, { role: 'mayor', name: 'Wang', title: '' }],
    };
    expect(checkDraft(broken).map((p) => p.field)).toEqual([
      'titleZh', 'sections.0.paragraphs.0.zh', 'signers.0.name', 'signers.1.role', 'placeZh', 'date',
    ]);
    expect(checkDraft({ ...custom, signers: [] })).toEqual([{ field: 'signers', problem: 'error-field-required' }]);
  });

  it('labels fields and points at the dialogue form', () => {
    expect(draftFieldLabel('sections.0.paragraphs.2.en')).toBe('decl-ui-field-en');
    expect(draftFieldLabel('signers.1.title')).toBe('decl-ui-field-signer-title');
    expect(dialogueFieldId('focalPoint.fax')).toBe('f-focalPoint-fax');
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 1, -3)).toEqual(['b', 'a']);
  });

  it('titles a declaration in the interface language', () => {
    const t = (id: string) => `<${id}>`;
    expect(declarationTitle(membership, 'en', t)).toBe('<decl-membership-title>');
    expect(declarationTitle(custom, 'zh-CN', t)).toBe('循环城市宣言');
    expect(declarationTitle({ ...custom, titleEn: '' }, 'en', t)).toBe('循环城市宣言');
  });
});
