// @vitest-environment happy-dom
// The shell and the Dialogue stage in a DOM, on the in-memory backend.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../src/api';
import { createMockApi, demoDialogue } from '../src/api-mock';
import { App } from '../src/app';
import type { ApiError } from '../src/bindings';
import { STAGES } from '../src/nav';

const NOW = () => new Date(2026, 10, 23);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const must = (testid: string) => {
  const element = $(testid);
  if (element === null) throw new Error(`no element with data-testid="${testid}"`);
  return element;
};
const type = (testid: string, text: string) => {
  const input = must(testid) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
};

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

async function start(api: Api): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await new App(root, api, NOW).start();
  return root;
}

beforeEach(() => {
  history.replaceState(null, '', '/');
});

afterEach(async () => {
  vi.restoreAllMocks();
  // Cancel what is still pending (toasts that would fade in a few seconds).
  await (window as unknown as { happyDOM?: { abort(): Promise<void> } }).happyDOM?.abort();
});

describe('first start', () => {
  it('offers the demo and a new dialogue', async () => {
    await start(createMockApi());
    expect(must('welcome').textContent).toContain('Welcome to Concord');
    expect(must('open-demo').textContent).toContain('Open the demo dialogue');
    expect(must('start-new').textContent).toContain('Start a new dialogue');
    expect($('nav-dialogue')).toBeNull();
  });

  it('opens the demo dialogue', async () => {
    await start(createMockApi());
    must('open-demo').click();
    await until(() => $('dialogue-summary') !== null);
    expect(must('dialogue-city').textContent).toBe('渭南 · Weinan');
    expect(must('nav-dialogue').getAttribute('aria-current')).toBe('page');
    expect(must('toast').textContent).toContain('Demo dialogue opened');
    expect(must('card-rule').textContent).toContain('Consensus minus 2');
  });

  it('starts a new dialogue on an empty form, and Esc goes back', async () => {
    await start(createMockApi());
    must('start-new').click();
    await until(() => $('dialogue-form') !== null);
    expect((must('field-cityZh') as HTMLInputElement).value).toBe('');
    expect((must('rule-kind-unanimity') as HTMLInputElement).checked).toBe(true);
    expect((must('field-rule.quorumPercent') as HTMLInputElement).value).toBe('50');
    // Esc that closes a Chinese input method's candidate list leaves the form open.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true }));
    expect($('dialogue-form')).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect($('welcome')).not.toBeNull();
  });
});

describe('a new dialogue', () => {
  it('is saved from the empty form and becomes the dialogue', async () => {
    const api = createMockApi();
    await start(api);
    must('start-new').click();
    await until(() => $('dialogue-form') !== null);
    const fill: [string, string][] = [
      ['field-cityZh', '渭南'], ['field-cityEn', 'Weinan'], ['field-economy', 'China'],
      // One language of each bilingual text is enough to save.
      ['field-focalPoint.familyNameZh', '王'], ['field-focalPoint.firstNameZh', '立新'],
      ['field-focalPoint.administrationZh', '渭南市生态环境局'], ['field-focalPoint.email', 'wang@example.cn'],
      ['field-highLevelRep.nameZh', '张华'], ['field-focalPoint.titleZh', '局长'],
      ['field-focalPoint.postalAddressZh', '渭南市朝阳大街1号'],
      ['field-highLevelRep.titleEn', 'Mayor'],
    ];
    for (const [testid, text] of fill) type(testid, text);
    must('save-dialogue').click();
    await until(() => $('dialogue-summary') !== null);
    expect(must('dialogue-city').textContent).toBe('渭南 · Weinan');
    expect(must('card-rule').textContent).toContain('Unanimity');
    expect((await api.getDialogue())?.focalPoint.email).toBe('wang@example.cn');
  });
});

describe('shell', () => {
  it('lists the nine stages and moves between them with Alt+digit', async () => {
    await start(createMockApi(new URLSearchParams('demo=1')));
    for (const stage of STAGES) expect($(`nav-${stage}`), stage).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '4', code: 'Digit4', altKey: true, bubbles: true }));
    expect(must('nav-vision').getAttribute('aria-current')).toBe('page');
    expect(must('nav-dialogue').hasAttribute('aria-current')).toBe(false);
    // The Vision stage itself is shown (it loads the versions from there).
    expect($('stage-vision')).not.toBeNull();
    must('nav-stakeholders').click();
    expect($('stage-stakeholders')).not.toBeNull();
    expect(window.location.hash).toBe('#/stakeholders');
  });

  it('switches language and remembers it through the backend', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    const setLocale = vi.spyOn(api, 'setLocale');
    await start(api);
    expect(must('lang-toggle').textContent).toBe('中文');
    expect(must('today').textContent).toContain('23 November 2026');
    must('lang-toggle').click();
    expect(setLocale).toHaveBeenCalledWith('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(must('lang-toggle').textContent).toBe('English');
    expect(must('nav-dialogue').textContent).toContain('对话概况');
    expect(must('today').textContent).toContain('2026 年 11 月 23 日');
    must('lang-toggle').click();
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('dialogue form', () => {
  it('checks required fields before saving, beside each field', async () => {
    const api = createMockApi();
    const save = vi.spyOn(api, 'saveDialogue');
    await start(api);
    must('start-new').click();
    await until(() => $('dialogue-form') !== null);
    type('field-cityEn', 'Weinan');
    must('save-dialogue').click();
    await tick();

    expect(save).not.toHaveBeenCalled();
    expect(must('error-summary').textContent).toContain('17 fields need your attention');
    const city = must('field-cityZh');
    expect(city.getAttribute('aria-invalid')).toBe('true');
    const error = must('error-cityZh');
    expect(error.hidden).toBe(false);
    expect(error.textContent).toMatch(/^(This field is required|Please fill in this field)\.$/);
    expect(city.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(city);
    expect(must('field-cityEn').hasAttribute('aria-invalid')).toBe(false);
    expect((must('field-cityEn') as HTMLInputElement).value).toBe('Weinan');
  });

  it('shows every backend error beside its field, keeps the input, focuses the first', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    const rejection: ApiError = {
      code: 'validation',
      message: 'Please correct the form.',
      fields: [
        { field: 'rule.quorumPercent', message: 'Quorum must be 1–100.' },
        { field: 'focalPoint.titleEn', message: 'At most 200 characters.' },
      ],
    };
    vi.spyOn(api, 'saveDialogue').mockRejectedValue(rejection);
    await start(api);
    must('edit-dialogue').click();
    type('field-focalPoint.titleEn', 'Director of the bureau');
    type('field-rule.quorumPercent', '150');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', ctrlKey: true, bubbles: true }));
    await until(() => $('error-summary') !== null);

    const email = must('field-focalPoint.titleEn') as HTMLInputElement;
    expect(email.value).toBe('Director of the bureau');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(must('error-focalPoint.titleEn').textContent).toBe('At most 200 characters.');
    expect(must('error-rule.quorumPercent').textContent).toBe('Quorum must be 1–100.');
    expect((must('field-rule.quorumPercent') as HTMLInputElement).value).toBe('150');
    expect(document.activeElement).toBe(email);
    expect(must('error-summary').textContent).toContain('2 fields need your attention');
  });

  it('saves, returns to the summary and says so', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    await start(api);
    must('edit-dialogue').click();
    type('field-cityEn', 'Weinan City');
    must('save-dialogue').click();
    await until(() => $('dialogue-summary') !== null);
    expect(must('dialogue-city').textContent).toBe('渭南 · Weinan City');
    expect(must('toast').textContent).toContain('Dialogue saved.');
    expect((await api.getDialogue())?.cityEn).toBe('Weinan City');
  });

  it('keeps a draft when the user leaves the stage and comes back', async () => {
    await start(createMockApi(new URLSearchParams('demo=1')));
    must('edit-dialogue').click();
    type('field-highLevelRep.nameZh', '李强');
    must('nav-meetings').click();
    must('nav-dialogue').click();
    expect((must('field-highLevelRep.nameZh') as HTMLInputElement).value).toBe('李强');
    must('cancel-dialogue').click();
    expect(must('card-high-level-rep').textContent).toContain(demoDialogue().highLevelRep.nameZh);
  });

  it('shows only the rule fields that apply', async () => {
    await start(createMockApi(new URLSearchParams('demo=1')));
    must('edit-dialogue').click();
    const objections = () => must('field-rule.allowedObjections').closest<HTMLElement>('.field');
    const fraction = () => must('field-rule.supermajorityNum').closest<HTMLElement>('.field');
    expect(objections()?.hidden).toBe(false);
    expect(fraction()?.hidden).toBe(true);
    const supermajority = must('rule-kind-supermajority') as HTMLInputElement;
    supermajority.checked = true;
    supermajority.dispatchEvent(new Event('change'));
    expect(objections()?.hidden).toBe(true);
    expect(fraction()?.hidden).toBe(false);
  });
});

describe('leaving Data and safety', () => {
  const openData = async () => {
    must('data-toggle').click();
    await until(() => $('data-panel') !== null);
  };

  it('goes back by its back link, Esc, the logo and Alt+N', async () => {
    await start(createMockApi(new URLSearchParams('demo=1')));
    await until(() => $('dialogue-summary') !== null);
    must('nav-stakeholders').click();
    await openData();
    must('data-back').click();
    await until(() => $('stage-stakeholders') !== null);

    await openData();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => $('stage-stakeholders') !== null);
    expect($('data-panel')).toBeNull();

    await openData();
    must('brand-home').click();
    await until(() => $('dialogue-summary') !== null);

    await openData();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '3', code: 'Digit3', altKey: true, bubbles: true }));
    await until(() => $('stage-meetings') !== null);
    expect($('data-panel')).toBeNull();
  });
});

describe('the demo in a database of its own', () => {
  it('says it is the demo, and leaving it brings back what was there', async () => {
    const api = createMockApi();
    await start(api);
    must('open-demo').click();
    await until(() => $('demo-badge') !== null);
    expect(must('demo-badge').textContent).toContain('Demo');
    must('demo-leave').click();
    await until(() => $('welcome') !== null);
    expect($('demo-badge')).toBeNull();

    // A dialogue of one's own, then the demo from Data and safety, and back.
    await api.saveDialogue({ ...demoDialogue(), cityZh: '汉中', cityEn: 'Hanzhong' });
    await start(api);
    await until(() => $('dialogue-summary') !== null);
    must('data-toggle').click();
    await until(() => $('data-demo-open') !== null);
    must('data-demo-open').click();
    await until(() => $('demo-badge') !== null && $('dialogue-summary') !== null);
    expect(must('dialogue-city').textContent).toBe('渭南 · Weinan');
    must('data-toggle').click();
    await until(() => $('data-demo-leave') !== null);
    must('data-demo-leave').click();
    await until(() => $('demo-badge') === null && $('dialogue-summary') !== null);
    expect(must('dialogue-city').textContent).toBe('汉中 · Hanzhong');
  });
});
