import { CodedError, MAX_HASH_BATCH } from '@shared/contract'
import { batchingHasher, type HolderCodeHasher } from '@shared/domain/privacy'
import { message } from '@shared/i18n/message'
import { borrowPort, lendPort, type Port } from './port-rpc'

/**
 * Main's holder hash lent by the page to a worker: codes cross to main in batches and only their
 * keyed hashes come back. The key stays in main, and nothing here keeps a code.
 */
export function lendHolderHash(hash: HolderCodeHasher): Port {
  return lendPort(
    (codes: string[]) => Promise.all(codes.map((code) => hash(code))),
    message('privacy.error.hashUnavailable')
  )
}

/** The worker's end: codes asked for together travel as one batch. */
export function borrowHolderHash(end: Port): HolderCodeHasher {
  const ask = borrowPort<string[], string[]>(end, (error) => new CodedError(error, error.detail))
  return batchingHasher(ask, MAX_HASH_BATCH)
}
