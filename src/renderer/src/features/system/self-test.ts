import { errorOf, type RpcError } from '@shared/contract'
import { message } from '@shared/i18n/message'
import { ApiError, type ApiClient } from '../../api/client'

export type SelfTestCheck = 'roundTrip' | 'validation' | 'unknownChannel'

export interface SelfTestOutcome {
  check: SelfTestCheck
  passed: boolean
  /** For the round trip: milliseconds. */
  roundTripMs?: number
  /** Main's refusal (for the rejections), or what went wrong instead; said in the user's words. */
  error?: RpcError
  /** A request main should have refused but accepted. */
  accepted?: true
}

async function expectRejection(
  check: SelfTestCheck,
  expectedCode: string,
  attempt: () => Promise<unknown>
): Promise<SelfTestOutcome> {
  try {
    await attempt()
    return { check, passed: false, accepted: true }
  } catch (thrown) {
    const error = errorOf(thrown, message('errors.ui.unexpected'))
    return { check, passed: thrown instanceof ApiError && error.code === expectedCode, error }
  }
}

/**
 * 连接自检: proves the installation end to end — a request reaches main and comes back, and main
 * refuses a malformed payload and an unknown function with coded errors instead of crashing.
 */
export async function runSelfTest(api: ApiClient, now: () => number): Promise<SelfTestOutcome[]> {
  const nonce = Math.random().toString(36).slice(2, 12)
  const started = now()
  let roundTrip: SelfTestOutcome
  try {
    const reply = await api.call('system.ping', { nonce })
    roundTrip = {
      check: 'roundTrip',
      passed: reply.nonce === nonce,
      roundTripMs: Math.max(0, Math.round(now() - started))
    }
  } catch (thrown) {
    roundTrip = {
      check: 'roundTrip',
      passed: false,
      error: errorOf(thrown, message('errors.ui.unexpected'))
    }
  }
  return [
    roundTrip,
    await expectRejection('validation', 'errors.rpc.invalidInput', () =>
      api.callUnchecked('system.ping', { nonce: 42 })
    ),
    await expectRejection('unknownChannel', 'errors.rpc.unknownChannel', () =>
      api.callUnchecked('__proto__', {})
    )
  ]
}
