import type { SystemInfo } from '../../shared/contract'
import type { HandlerTable } from './dispatcher'

export interface HandlerDeps {
  systemInfo: () => SystemInfo
  now: () => Date
}

/** The handler table, wired from plain dependencies so tests and both hosts build their own. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  return {
    'system.info': () => deps.systemInfo(),
    'system.ping': ({ nonce }) => ({ nonce, receivedAt: deps.now().toISOString() })
  }
}
