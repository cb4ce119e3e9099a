import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Fontsource lists a `.woff` fallback beside every `.woff2` chunk. Every webview
 * Tauri runs on reads WOFF2, so drop the fallbacks: Vite then copies only the
 * `.woff2` files into dist, which halves the size of the fonts.
 */
function woff2Only(): Plugin {
  return {
    name: 'concord-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root,
  base: './',
  clearScreen: false,
  envPrefix: ['VITE_', 'TAURI_ENV_'],
  plugins: [woff2Only()],
  server: {
    port: 5173,
    strictPort: true,
    // The Fluent files live in ../locales, outside the Vite root.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: ['es2021', 'safari15', 'chrome105'],
    // No data: URIs, so the Tauri CSP can stay at 'self' for fonts and images.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  test: {
    root,
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
