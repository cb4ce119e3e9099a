import { describe, expect, it } from 'vitest';
import { STAGES, parseHash, shortcutLabel, stageForShortcut, stepStage, toHash, type KeyLike } from '../src/nav';

const key = (code: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: code.replace(/^(Digit|Numpad)/, ''), code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods,
});

describe('navigation', () => {
  it('lists the nine stages of the MSD cycle in order', () => {
    expect(STAGES).toEqual(['dialogue', 'stakeholders', 'meetings', 'vision', 'deficits', 'bau', 'targets', 'measures', 'documents']);
  });

  it('reads and writes routes in the hash', () => {
    for (const stage of STAGES) {
      expect(parseHash(toHash({ stage, edit: false }))).toEqual({ stage, edit: false });
    }
    expect(parseHash('#/dialogue/edit')).toEqual({ stage: 'dialogue', edit: true });
    expect(toHash({ stage: 'dialogue', edit: true })).toBe('#/dialogue/edit');
    expect(parseHash('#vision')).toEqual({ stage: 'vision', edit: false });
  });

  it('rejects unknown routes', () => {
    for (const hash of ['', '#', '#/nowhere', '#/vision/edit', '#/dialogue/edit/more', '#/dialogue/delete']) {
      expect(parseHash(hash), hash).toBeNull();
    }
  });

  it('maps Alt+1…9 and Ctrl+1…9 to stages', () => {
    expect(stageForShortcut(key('Digit1', { altKey: true }))).toBe('dialogue');
    expect(stageForShortcut(key('Digit3', { altKey: true }))).toBe('meetings');
    expect(stageForShortcut(key('Digit8', { ctrlKey: true }))).toBe('measures');
    expect(stageForShortcut(key('Digit9', { altKey: true }))).toBe('documents');
    expect(stageForShortcut(key('Numpad6', { metaKey: true }))).toBe('bau');
  });

  it('ignores other keys and modifier mixes', () => {
    expect(stageForShortcut(key('Digit3'))).toBeNull();
    expect(stageForShortcut(key('Digit0', { ctrlKey: true }))).toBeNull();
    expect(stageForShortcut(key('Digit2', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(stageForShortcut(key('Digit2', { altKey: true, shiftKey: true }))).toBeNull();
    expect(stageForShortcut({ ...key('KeyS', { ctrlKey: true }), key: 's' })).toBeNull();
  });

  it('steps through the stages with wrap-around', () => {
    expect(stepStage('dialogue', 1)).toBe('stakeholders');
    expect(stepStage('dialogue', -1)).toBe('documents');
    expect(stepStage('documents', 1)).toBe('dialogue');
    expect(shortcutLabel('vision')).toBe('Alt+4');
  });
});
