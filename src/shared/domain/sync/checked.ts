import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { z } from 'zod'
import { syncFault } from './faults'
import type { CheckedBody } from './ports'

const encoder = new TextEncoder()

export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === 'string' ? encoder.encode(data) : data))
}

/**
 * A body read as `schema`, after its checksum: a page that arrives damaged is fetched again,
 * never applied (SYNC.md §4.1 `x-page-sha256`).
 */
export function readChecked<S extends z.ZodType>(body: CheckedBody, schema: S): z.infer<S> {
  if (body.sha256 !== null && sha256Hex(body.text) !== body.sha256.toLowerCase()) {
    throw syncFault('corrupt', 'sync.fault.checksum')
  }
  let json: unknown
  try {
    json = JSON.parse(body.text)
  } catch {
    throw syncFault('corrupt', 'sync.fault.unreadable')
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw syncFault('corrupt', 'sync.fault.shape', {
      path: issue?.path.join('.') ?? '',
      problem: issue?.message ?? ''
    })
  }
  return parsed.data
}
