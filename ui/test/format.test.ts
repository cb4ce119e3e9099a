import { describe, expect, it } from 'vitest';
import { bilingualName, personName } from '../src/format';

describe('names', () => {
  it('writes Chinese names family name first without a space', () => {
    expect(personName('王', '立新')).toBe('王立新');
  });

  it('writes other names first name first', () => {
    expect(personName('Rossi', 'Chiara')).toBe('Chiara Rossi');
    expect(personName('Rossi', '')).toBe('Rossi');
  });

  it('writes romanized names from China family name first', () => {
    expect(personName('Li', 'Jianguo', 'China')).toBe('Li Jianguo');
    expect(personName('Li', 'Jianguo', '中国')).toBe('Li Jianguo');
    expect(personName('Rossi', 'Chiara', 'Italy')).toBe('Chiara Rossi');
  });

  it('joins the two names of a city', () => {
    expect(bilingualName('渭南', 'Weinan')).toBe('渭南 · Weinan');
    expect(bilingualName('', 'Weinan')).toBe('Weinan');
    expect(bilingualName('渭南 ', '')).toBe('渭南');
  });
});
