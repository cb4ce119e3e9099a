import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { tauriApi, toApiError, isApiError } = await import('../src/api');
const { demoDialogue } = await import('../src/api-mock');

describe('api', () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it('calls the Tauri commands with camelCase arguments', async () => {
    const dialogue = demoDialogue();
    invoke.mockResolvedValue(dialogue);
    await expect(tauriApi.saveDialogue(dialogue)).resolves.toBe(dialogue);
    expect(invoke).toHaveBeenCalledWith('save_dialogue', { dialogue });

    invoke.mockResolvedValue(null);
    await tauriApi.setLocale('zh-CN');
    expect(invoke).toHaveBeenLastCalledWith('set_locale', { locale: 'zh-CN' });
    for (const [method, command] of [
      ['appInfo', 'app_info'], ['defaultDialogue', 'default_dialogue'], ['getDialogue', 'get_dialogue'], ['openDemo', 'open_demo'],
    ] as const) {
      await tauriApi[method]();
      expect(invoke).toHaveBeenLastCalledWith(command, undefined);
    }
  });

  it('passes an ApiError through', async () => {
    const error = { code: 'validation', message: 'Check the form', fields: [{ field: 'cityZh', message: 'Required' }] };
    invoke.mockRejectedValue(error);
    await expect(tauriApi.saveDialogue(demoDialogue())).rejects.toEqual(error);
  });

  it('turns anything else into an ApiError', async () => {
    invoke.mockRejectedValue('command save_dialogue not found');
    await expect(tauriApi.getDialogue()).rejects.toEqual({ code: 'unknown', message: 'command save_dialogue not found', fields: [] });
    expect(toApiError(new Error('boom'))).toEqual({ code: 'unknown', message: 'boom', fields: [] });
    expect(isApiError({ code: 'x', message: 'y' })).toBe(false);
  });
});
