import { ApiError, type ApiClient } from '../../api/client'

export type SelfTestCheck = 'roundTrip' | 'validation' | 'unknownChannel'

export interface SelfTestOutcome {
  check: SelfTestCheck
  passed: boolean
  /** For the round trip: milliseconds; for the rejections: main's code and Chinese message. */
  roundTripMs?: number
  code?: string
  message?: string
}

async function expectRejection(
  check: SelfTestCheck,
  expectedCode: string,
  attempt: () => Promise<unknown>
): Promise<SelfTestOutcome> {
  try {
    await attempt()
    return { check, passed: false, message: 'accepted' }
  } catch (error) {
    if (error instanceof ApiError) {
      return {
        check,
        passed: error.code === expectedCode,
        code: error.code,
        message: error.message
      }
    }
    return { check, passed: false, message: String(error) }
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
  } catch (error) {
    roundTrip = { check: 'roundTrip', passed: false, message: String(error) }
  }
  return [
    roundTrip,
    await expectRejection('validation', 'INVALID_INPUT', () =>
      api.callUnchecked('system.ping', { nonce: 42 })
    ),
    await expectRejection('unknownChannel', 'UNKNOWN_CHANNEL', () =>
      api.callUnchecked('__proto__', {})
    )
  ]
}
