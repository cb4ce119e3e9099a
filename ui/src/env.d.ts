/// <reference types="vite/client" />

declare module '*.ftl?raw' {
  const source: string;
  export default source;
}

interface Window {
  /** Present only inside the Tauri webview. */
  __TAURI_INTERNALS__?: unknown;
}
