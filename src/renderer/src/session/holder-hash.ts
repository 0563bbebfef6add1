import {
  MAX_HASH_BATCH,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput
} from '@shared/contract'
import { batchingHasher, type HolderCodeHasher } from '@shared/domain/privacy'
import type { WorkbenchDb } from '../db/database'
import { handOverLegacyHolderKey } from '../db/holder-key'

export interface MainHolderHash {
  /** A code's keyed hash, computed by main; codes asked for together travel in one batch. */
  hash: HolderCodeHasher
  /** The legacy key's hand-over (see holder-key.ts); run once, before the first hash. */
  handOver(): Promise<void>
}

/** What of the API client the hash needs (the client's `call`, or a test's stand-in). */
export interface MainCaller {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
}

/**
 * The renderer's way to main's holder hash. The first call hands an older installation's key to
 * main before anything is hashed, so main adopts it instead of creating a key of its own.
 */
export function mainHolderHash(api: MainCaller, db: WorkbenchDb): MainHolderHash {
  let handedOver: Promise<void> | undefined
  function handOver(): Promise<void> {
    handedOver ??= handOverLegacyHolderKey(db, async (key) => {
      const { outcome } = await api.call('privacy.adoptHolderKey', { key })
      if (outcome === 'kept')
        console.warn('privacy: main kept its own holder key; older holder hashes no longer match')
    }).then(
      () => undefined,
      (error: unknown) => {
        handedOver = undefined
        throw error
      }
    )
    return handedOver
  }
  const hash = batchingHasher(async (codes) => {
    await handOver()
    return (await api.call('privacy.hashCodes', { codes })).hashes
  }, MAX_HASH_BATCH)
  return { hash, handOver }
}
