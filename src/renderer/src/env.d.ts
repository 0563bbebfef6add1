/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

/** What the preload exposes in the desktop app; absent in browser mode. */
interface PreloadApi {
  invoke(channel: string, payload: unknown): Promise<unknown>
  on(event: string, listener: (payload: unknown) => void): () => void
}

interface Window {
  api?: PreloadApi
}
