// @vitest-environment happy-dom
// The documents' style on the Dialogue stage: the stored choice is shown once read, a change is
// saved and confirmed in the window's language, and a refused change puts the stored one back.

import { describe, expect, it } from 'vitest';
import type { DocumentStyle } from '../src/bindings';
import { setI18nLocale } from '../src/i18n';
import { renderDocumentStyleCard, type DocumentStyleDeps } from '../src/screens/dialogue';
import { createToaster } from '../src/widgets/toast';

const radio = (style: DocumentStyle) => document.querySelector<HTMLInputElement>(`[data-testid="document-style-${style}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function mount(api: DocumentStyleDeps['api'], locale: 'en' | 'zh-CN') {
  setI18nLocale(locale);
  const toast = createToaster();
  document.body.replaceChildren(renderDocumentStyleCard({ api, toast }), toast.element);
}

function storeOf(initial: DocumentStyle, refuse = false) {
  const saved: DocumentStyle[] = [];
  let current = initial;
  const api: DocumentStyleDeps['api'] = {
    documentStyle: async () => current,
    setDocumentStyle: async (style) => {
      if (refuse) throw { code: 'store', message: 'The database is read-only.' };
      current = style;
      saved.push(style);
      return style;
    },
  };
  return { api, saved };
}

describe('document style', () => {
  it('shows the stored style, saves a change and confirms it in Chinese', async () => {
    const { api, saved } = storeOf('modern');
    mount(api, 'zh-CN');
    expect(radio('official')?.disabled).toBe(true);
    await until(() => radio('modern')?.checked === true && radio('official')?.disabled === false);
    expect(document.body.textContent).toContain('公文（GB/T 9704-2012）');
    expect(document.body.textContent).toContain('仿宋');
    const official = radio('official');
    if (official === null) throw new Error('no official choice');
    official.checked = true;
    official.dispatchEvent(new Event('change'));
    await until(() => saved.length === 1);
    expect(saved).toEqual(['official']);
    await until(() => document.body.textContent?.includes('此后导出的文件将采用“公文（GB/T 9704-2012）”样式') === true);
  });

  it('puts the stored style back when the change is refused', async () => {
    const { api, saved } = storeOf('official', true);
    mount(api, 'en');
    await until(() => radio('official')?.checked === true && radio('modern')?.disabled === false);
    const modern = radio('modern');
    if (modern === null) throw new Error('no modern choice');
    modern.checked = true;
    modern.dispatchEvent(new Event('change'));
    await until(() => document.body.textContent?.includes('The database is read-only.') === true);
    await until(() => radio('official')?.checked === true);
    expect(saved).toEqual([]);
  });
});
