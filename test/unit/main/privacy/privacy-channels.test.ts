import { createHmac } from 'node:crypto'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { composeMain } from '../../../../src/main/compose'
import { MAX_HASH_BATCH } from '../../../../src/shared/contract'

const context = { caller: 'window:1', emit: vi.fn() }
const LEGACY = '3c'.repeat(32)
const ID = '11010519491231002X'

function composed() {
  const dataLocation = mkdtempSync(join(tmpdir(), 'privacy-channels-'))
  const main = composeMain({
    mode: 'browser',
    dataLocation,
    dialogs: { open: async () => ({ outcome: 'canceled' }) },
    createVerifyWorker: () => {
      throw new Error('no PDF is verified in these tests')
    }
  })
  return { main, dataLocation }
}

describe('the privacy channels, as both transports reach them', () => {
  it('answer only a signed-in operator', async () => {
    const { main } = composed()
    for (const [channel, input] of [
      ['privacy.hashCodes', { codes: [ID] }],
      ['privacy.adoptHolderKey', { key: LEGACY }]
    ] as const) {
      expect(await main.dispatch(channel, input, context), channel).toMatchObject({
        ok: false,
        error: { code: 'errors.auth.signInRequired' }
      })
    }
    await main.close()
  })

  it('adopt an older key once, hash with it, keep it in a user-only file, and refuse oversized batches', async () => {
    const { main, dataLocation } = composed()
    await main.dispatch(
      'operators.setup',
      { name: '王管理', unit: '数据资源科', password: 'correct horse battery' },
      context
    )
    expect(await main.dispatch('privacy.adoptHolderKey', { key: LEGACY }, context)).toEqual({
      ok: true,
      data: { outcome: 'adopted' }
    })
    const expected = createHmac('sha256', Buffer.from(LEGACY, 'hex')).update(ID).digest('hex')
    expect(
      await main.dispatch('privacy.hashCodes', { codes: [ID.toLowerCase(), ID] }, context)
    ).toEqual({ ok: true, data: { hashes: [expected, expected] } })
    expect(
      await main.dispatch('privacy.adoptHolderKey', { key: 'd4'.repeat(32) }, context)
    ).toEqual({ ok: true, data: { outcome: 'kept' } })
    const file = join(dataLocation, 'secrets', 'holderHash.key')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file).toString()).not.toContain(ID)

    const tooMany = Array.from({ length: MAX_HASH_BATCH + 1 }, () => ID)
    expect(await main.dispatch('privacy.hashCodes', { codes: tooMany }, context)).toMatchObject({
      ok: false,
      error: { code: 'errors.rpc.invalidInput' }
    })
    expect(await main.dispatch('privacy.adoptHolderKey', { key: 'zz' }, context)).toMatchObject({
      ok: false,
      error: { code: 'errors.rpc.invalidInput' }
    })
    await main.close()
  })
})
