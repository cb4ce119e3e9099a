// @vitest-environment happy-dom
// The projector's Vision mode: the paragraph the main window names, large, in the projector's
// language(s), with an amendment's change marked by <ins>/<del> (+ and −), and the Vision
// stage's "Show on the projector" naming the amendment's paragraph.

import { describe, expect, it } from 'vitest';
import { createMockMeetingsApi } from '../src/api-meetings';
import { createMockApi } from '../src/api-mock';
import { createMockVisionApi } from '../src/api-vision';
import type { VisionProjection } from '../src/bindings';
import { createI18n, setI18nLocale } from '../src/i18n';
import { ProjectorScreen } from '../src/screens/projector';
import { VisionScreen } from '../src/screens/vision';
import { renderVisionProjection } from '../src/screens/vision-projector';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

describe('the projector shows a Vision paragraph', () => {
  it('follows the main window to a paragraph, in both languages, and back to the meeting', async () => {
    setI18nLocale('en');
    const api = createMockMeetingsApi(createMockApi(new URLSearchParams('demo=1')));
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await new ProjectorScreen(root, api).start();
    await api.setProjector({ meetingId: 2, agendaItemId: 42, questionId: null, language: 'bilingual', vision: { version: 2, paragraphKey: 2, amendmentId: null } });
    await until(() => $(root, 'projector-vision') !== null);
    expect($(root, 'projector-vision-zh-CN')?.textContent).toContain('人人共享');
    expect($(root, 'projector-vision-en')?.textContent).toContain('every village enjoys clean air');
    expect($(root, 'projector-vision')?.textContent).toContain('愿景 · 第 2 版 · 第 2 段');
    expect($(root, 'projector-vision')?.textContent).toContain('Vision · version 2 · paragraph 2');
    expect($(root, 'projector-vision-section')?.textContent).toContain('核心价值');
    expect($(root, 'projector-vision-section')?.textContent).toContain('Core values');
    expect($(root, 'projector-title')).toBeNull();
    await api.setProjector({ meetingId: 2, agendaItemId: 42, questionId: null, language: 'bilingual' });
    await until(() => $(root, 'projector-title') !== null);
    expect($(root, 'projector-vision')).toBeNull();
  });

  it('marks an amendment’s change by more than colour, in the projector’s one language', async () => {
    setI18nLocale('en');
    const vision = createMockVisionApi(true);
    await vision.startDraft();
    const draft = await vision.stage(3);
    const paragraph = draft.version!.sections[1]!.paragraphs[0]!;
    await vision.propose({ paragraphId: paragraph.id, proposedBy: 1, textZh: '', textEn: 'Shared by all: the gains of the transition are shared fairly.', reason: 'Shorter.' });
    const stage = await vision.stage(3);
    const target: VisionProjection = { version: 3, paragraphKey: paragraph.key, amendmentId: 1 };
    const en = createI18n('en');
    const view = renderVisionProjection(stage, target, { language: 'en', say: (id, args) => [Object.assign(document.createElement('span'), { textContent: en.t(id, args) })] }, null);
    const text = $(view, 'projector-vision-en');
    expect(text?.querySelector('del')?.textContent).toContain('costs and the');
    expect(text?.querySelectorAll('ins, del').length).toBeGreaterThan(0);
    expect($(view, 'projector-vision-zh-CN')).toBeNull();
    expect($(view, 'projector-vision-amendment')?.textContent).toContain('Li Jianguo');
    expect($(view, 'projector-vision-amendment')?.textContent).toContain('underlined');
    const zh = createI18n('zh-CN');
    const chinese = renderVisionProjection(stage, target, { language: 'zh-CN', say: (id, args) => [Object.assign(document.createElement('span'), { textContent: zh.t(id, args) })] }, null);
    // The Chinese text is not amended: shown as it is.
    expect($(chinese, 'projector-vision-zh-CN')?.textContent).toBe(paragraph.textZh);
    expect($(chinese, 'projector-vision-zh-CN')?.querySelector('ins, del')).toBeNull();
  });

  it('is chosen from an amendment in the Vision stage', async () => {
    setI18nLocale('en');
    const vision = createMockVisionApi(true);
    const projected: (VisionProjection | null)[] = [];
    vision.project = (target) => { projected.push(target); return Promise.resolve(); };
    const toast = createToaster();
    const root = new VisionScreen({ vision, toast }).render();
    document.body.replaceChildren(root, toast.element);
    await until(() => $(root, 'vision-new-draft') !== null);
    $(root, 'vision-new-draft')?.click();
    await until(() => $(root, 'vision-propose') !== null);
    const en = $(root, 'vision-propose-en') as HTMLTextAreaElement;
    en.value = 'A new purpose.';
    const reason = $(root, 'vision-propose-reason') as HTMLInputElement;
    reason.value = 'Shorter.';
    $(root, 'vision-propose')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await until(() => $(root, 'vision-project-1') !== null);
    $(root, 'vision-project-1')?.click();
    await until(() => projected.length === 1);
    expect(projected[0]).toEqual({ version: 3, paragraphKey: 1, amendmentId: 1 });
    await until(() => (toast.element.textContent ?? '').includes('Paragraph 1 is on the projector.'));
  });
});
