// @vitest-environment happy-dom
// The BAU stage on the in-memory backend: the empty state, typing with the keyboard, a bad
// cell named and the last outlook kept, saving, copying; and the grid model it rests on.

import { describe, expect, it, vi } from 'vitest';
import { createMockBauApi } from '../src/api-bau';
import { enterTarget, nextRow, sameRows, setCell, startingRows, emptyRow } from '../src/bau-model';
import { BauScreen, parseSvg } from '../src/screens/bau';
import { withHtmlLabels } from '../src/chart-labels';
import { setI18nLocale } from '../src/i18n';
import { createToaster } from '../src/widgets/toast';

const $ = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

function type(root: ParentNode, testid: string, value: string): void {
  const input = $(root, testid) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function mount(locale: 'en' | 'zh-CN' = 'en') {
  setI18nLocale(locale);
  const bau = createMockBauApi();
  const screen = new BauScreen({ bau, toast: createToaster() });
  const root = screen.render();
  document.body.replaceChildren(root);
  return { root, bau, screen };
}

describe('BAU grid model', () => {
  it('starts a scenario with one observed row per variable and its usual unit', () => {
    const rows = startingRows(2023);
    expect(rows.map((r) => r.variable)).toEqual(['population', 'gdp', 'energy', 'emissions', 'renewables_share']);
    expect(rows.map((r) => r.unit)).toEqual(['万人', '亿元', '万吨标准煤', '万吨CO2', '%']);
    expect(rows.every((r) => r.kind === 'observed' && r.year === '2023')).toBe(true);
  });

  it('turns the unit to per cent and names a driver when the kind asks for it', () => {
    const gdp = emptyRow('energy', 'observed', '2020');
    expect(setCell(gdp, 'kind', 'growth').unit).toBe('%');
    const driven = setCell(gdp, 'kind', 'elasticity');
    expect(driven.driver).toBe('gdp');
    expect(setCell(driven, 'kind', 'observed').driver).toBe('');
    // A unit the person typed is kept.
    expect(setCell({ ...gdp, unit: 'TJ' }, 'year', '2021').unit).toBe('TJ');
  });

  it('adds the next row ten years on, and Enter goes down the column', () => {
    expect(nextRow([emptyRow('gdp', 'observed', '2020')])).toMatchObject({ variable: 'gdp', kind: 'growth', year: '2030', unit: '%' });
    expect(nextRow([emptyRow('gdp', 'observed', '2055')]).year).toBe('2060');
    expect(enterTarget(0, 'value', 3)).toEqual({ row: 1, column: 'value' });
    expect(enterTarget(2, 'value', 3)).toBeNull();
    expect(sameRows(startingRows(2020), startingRows(2020))).toBe(true);
    expect(sameRows(startingRows(2020), startingRows(2021))).toBe(false);
  });
});

describe('BAU stage', () => {
  it('explains the empty stage and starts with five rows', async () => {
    const { root } = mount();
    await until(() => $(root, 'bau-empty') !== null);
    expect($(root, 'bau-empty')?.textContent).toContain('No scenario yet');
    $(root, 'bau-start')?.click();
    expect(root.querySelectorAll('[data-testid="bau-grid"] tbody tr')).toHaveLength(5);
    expect(document.activeElement).toBe($(root, 'bau-row-1-value'));
  });

  it('names a bad cell, keeps the last charts, and saves once it is fixed', async () => {
    const { root, bau, screen } = mount();
    await until(() => $(root, 'bau-start') !== null);
    $(root, 'bau-start')?.click();
    type(root, 'bau-row-1-value', '468.8');
    await until(() => $(root, 'bau-chart-population') !== null);
    type(root, 'bau-row-2-value', 'abc');
    await until(() => $(root, 'bau-row-2-value')?.getAttribute('aria-invalid') === 'true');
    expect($(root, 'bau-problems')?.textContent).toContain('"abc" is not a number');
    expect($(root, 'bau-chart-population')).not.toBeNull();
    const save = vi.spyOn(bau, 'save');
    $(root, 'bau-save')?.click();
    await until(() => save.mock.calls.length === 1);
    await expect(save.mock.results[0]?.value).rejects.toMatchObject({ code: 'invalid' });
    type(root, 'bau-row-2-value', '1866');
    await until(() => $(root, 'bau-row-2-value')?.getAttribute('aria-invalid') === null);
    expect($(root, 'bau-unsaved')).not.toBeNull();
    expect(screen.onKey(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }))).toBe(true);
    await until(() => save.mock.calls.length === 2);
    await until(() => $(root, 'bau-unsaved') === null && $(root, 'bau-scenario') !== null);
    const stage = await bau.stage('BAU', null);
    expect(stage.rows[1]?.value).toBe('1866');
  });

  it('redraws only the chart whose values changed and keeps the others as they are', async () => {
    const { root } = mount();
    await until(() => $(root, 'bau-start') !== null);
    $(root, 'bau-start')?.click();
    type(root, 'bau-row-1-value', '468.8');
    await until(() => $(root, 'bau-chart-population')?.textContent?.includes('468.8') === true);
    const gdp = $(root, 'bau-chart-gdp');
    const population = $(root, 'bau-chart-population');
    expect(gdp).not.toBeNull();
    type(root, 'bau-row-1-value', '470.2');
    await until(() => $(root, 'bau-chart-population')?.textContent?.includes('470.2') === true);
    expect($(root, 'bau-chart-population')).not.toBe(population);
    expect($(root, 'bau-chart-gdp')).toBe(gdp);
    expect(root.querySelectorAll('[data-testid="bau-chart-gdp"]')).toHaveLength(1);
    expect(Number(root.querySelector<HTMLElement>('.bau-output')?.dataset.previewMs ?? 'NaN')).toBeGreaterThanOrEqual(0);
  });

  it('moves down the column with Enter and adds a row past the last', async () => {
    const { root } = mount();
    await until(() => $(root, 'bau-start') !== null);
    $(root, 'bau-start')?.click();
    $(root, 'bau-row-1-value')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(document.activeElement).toBe($(root, 'bau-row-2-value'));
    $(root, 'bau-row-5-value')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(root.querySelectorAll('[data-testid="bau-grid"] tbody tr')).toHaveLength(6);
  });

  it('copies a scenario and draws the copy beside the one it came from', async () => {
    const { root, bau } = mount();
    await until(() => $(root, 'bau-start') !== null);
    $(root, 'bau-start')?.click();
    type(root, 'bau-row-1-value', '468.8');
    $(root, 'bau-save')?.click();
    await until(() => $(root, 'bau-copy') !== null && !($(root, 'bau-copy') as HTMLButtonElement).disabled);
    $(root, 'bau-copy')?.click();
    const name = $(root, 'bau-copy-name') as HTMLInputElement;
    name.value = 'Low carbon';
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await until(() => ($(root, 'bau-scenario') as HTMLSelectElement | null)?.value === 'Low carbon');
    expect(($(root, 'bau-compare') as HTMLSelectElement).value).toBe('BAU');
    const preview = vi.spyOn(bau, 'preview');
    type(root, 'bau-row-1-value', '470');
    await until(() => preview.mock.calls.length > 0);
    expect(preview.mock.calls[0]?.[2]).toBe('BAU');
  });

  it('adopts a saved scenario by a decided question after a confirmation, then freezes it', async () => {
    const { root } = mount();
    await until(() => $(root, 'bau-start') !== null);
    $(root, 'bau-start')?.click();
    type(root, 'bau-row-1-value', '468.8');
    // Unsaved rows cannot be adopted.
    expect($(root, 'bau-adopt')).toBeNull();
    $(root, 'bau-save')?.click();
    await until(() => $(root, 'bau-adopt') !== null);
    $(root, 'bau-adopt')?.click();
    await until(() => $(document, 'confirm-bau-adopt') !== null);
    expect($(document, 'confirm-bau-adopt')?.textContent).toContain('First plenary · 3.');
    $(document, 'confirm-bau-adopt-confirm')?.click();
    await until(() => $(root, 'bau-frozen') !== null);
    expect(($(root, 'bau-row-1-value') as HTMLInputElement).disabled).toBe(true);
    expect(($(root, 'bau-save') as HTMLButtonElement).disabled).toBe(true);
    expect($(root, 'bau-adopt')).toBeNull();
  });

  it('speaks Chinese', async () => {
    const { root } = mount('zh-CN');
    await until(() => $(root, 'bau-empty') !== null);
    expect(root.textContent).toContain('尚无情景');
    $(root, 'bau-start')?.click();
    expect(root.textContent).toContain('地区生产总值');
  });
});

describe('chart SVG from the backend', () => {
  it('is parsed as SVG with anything active removed', () => {
    const svg = parseSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><text>ok &lt;b&gt;</text></a></svg>');
    expect(svg).not.toBeNull();
    expect(svg?.getAttribute('onload')).toBeNull();
    expect(svg?.querySelector('script')).toBeNull();
    expect(svg?.querySelector('a')?.getAttribute('href')).toBeNull();
    expect(svg?.textContent).toBe('ok <b>');
    expect(parseSvg('<div>not svg</div>')).toBeNull();
  });

  it('has its words moved into spans at the same places, scaled with the chart', () => {
    const svg = parseSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" role="img" aria-label="GDP">'
      + '<path d="M0 0L10 10"/><text x="100" y="50" font-size="8" text-anchor="middle" fill="#1a1a1a" font-weight="bold">2030 &lt;GDP&gt;</text>'
      + '<text x="400" y="200" font-size="10" text-anchor="end">亿元</text></svg>');
    expect(svg).not.toBeNull();
    if (svg === null) return;
    const box = withHtmlLabels(svg);
    expect(svg.querySelector('text')).toBeNull();
    expect(svg.querySelector('path')).not.toBeNull();
    expect(svg.getAttribute('aria-label')).toBe('GDP');
    const spans = Array.from(box.querySelectorAll<HTMLElement>('.chart-labels span'));
    expect(spans.map((s) => s.textContent)).toEqual(['2030 <GDP>', '亿元']);
    expect(spans[0]?.style.left).toBe('25%');
    expect(spans[0]?.style.top).toBe('25%');
    expect(spans[0]?.style.getPropertyValue('--size')).toBe('2');
    expect(spans[0]?.className).toBe('chart-label-middle chart-label-bold');
    expect(spans[1]?.className).toBe('chart-label-end');
    expect(spans[1]?.style.left).toBe('100%');
    expect(box.querySelector('.chart-labels')?.getAttribute('aria-hidden')).toBe('true');
    // Without a usable viewBox the SVG is shown as it came.
    const plain = parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>');
    if (plain !== null) expect(withHtmlLabels(plain).querySelector('svg text')?.textContent).toBe('x');
  });
});
