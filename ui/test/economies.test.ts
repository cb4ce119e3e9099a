import { describe, expect, it } from 'vitest';
import { economyIn } from '../src/economies';

describe('APEC economies', () => {
  it('names an economy in the window language, found by either name', () => {
    expect(economyIn('China', 'zh-CN')).toBe('中国');
    expect(economyIn(' viet nam ', 'zh-CN')).toBe('越南');
    expect(economyIn('中国台北', 'en')).toBe('Chinese Taipei');
    expect(economyIn('China', 'en')).toBe('China');
  });

  it('leaves a name that is not an APEC economy as entered', () => {
    expect(economyIn('Atlantis', 'zh-CN')).toBe('Atlantis');
    expect(economyIn('', 'zh-CN')).toBe('');
  });
});
