import { createApp, type Component } from 'vue'
import { createPinia, type Pinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import { apiKey } from '@renderer/api'
import { createApiClient, type ApiClient } from '@renderer/api/client'
import type { Transport } from '@renderer/api/transport'
import { createAppI18n, type SupportedLocale } from '@renderer/i18n'
import type { RpcResult } from '@shared/contract'

/** A transport whose answers the test scripts, channel by channel. */
export function scriptedTransport(
  answer: (channel: string, payload: unknown) => RpcResult<unknown> | Promise<RpcResult<unknown>>
): Transport & { calls: { channel: string; payload: unknown }[] } {
  const calls: { channel: string; payload: unknown }[] = []
  return {
    kind: 'ipc',
    calls,
    invoke: async (channel, payload) => {
      calls.push({ channel, payload })
      return answer(channel, payload)
    },
    on: () => () => undefined
  }
}

export function clientFor(transport: Transport): ApiClient {
  return createApiClient(transport)
}

/**
 * Mounts a component the way main.ts mounts the app, into a fresh element in the page; a test
 * passes its own `pinia` when stores (the session's open working copy) must be ready beforehand.
 */
export function mountWithApp(
  component: Component,
  api: ApiClient,
  options: { pinia?: Pinia; locale?: SupportedLocale } = {}
) {
  const host = document.createElement('div')
  document.body.appendChild(host)
  const app = createApp(component)
    .use(options.pinia ?? createPinia())
    .use(createAppI18n(options.locale))
    .use(ElementPlus)
  app.provide(apiKey, api)
  app.mount(host)
  return {
    host,
    unmount() {
      app.unmount()
      host.remove()
    }
  }
}

export async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
