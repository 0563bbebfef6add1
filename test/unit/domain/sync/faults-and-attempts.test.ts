import { describe, expect, it } from 'vitest'
import { gunzipSync } from 'node:zlib'
import { Attempts } from '../../../../src/shared/domain/sync/attempts'
import { DigestAccumulator, differingBuckets } from '../../../../src/shared/domain/sync/digest'
import { runSync } from '../../../../src/shared/domain/sync/engine'
import {
  faultForStatus,
  parseRetryAfter,
  SyncFailure,
  syncFault
} from '../../../../src/shared/domain/sync/faults'
import type { SyncEnvironment } from '../../../../src/shared/domain/sync/ports'
import type { DigestBucket } from '../../../../src/shared/domain/sync/protocol'
import { MemoryStore } from './memory-store'
import { ScriptedTransport } from './scripted-transport'

/**
 * What a failure looks like to the person running the sync (SYNC.md §4.2): the kind decides
 * whether the engine tries again, the message code is what the screen says, and a wait always
 * separates two attempts.
 */
function environment(waits: number[] = []): SyncEnvironment {
  return {
    sleep: async (ms) => {
      waits.push(ms)
    },
    random: () => 0.5,
    gunzip: async (bytes) => new Uint8Array(gunzipSync(bytes))
  }
}

async function failure(promise: Promise<unknown>): Promise<SyncFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  if (!(error instanceof SyncFailure))
    throw new Error(`expected a SyncFailure, got ${String(error)}`)
  return error
}

describe('HTTP statuses as the messages the user reads', () => {
  // The parameters are the placeholders of the sync.fault.* sentences.
  it('408, 429 and 5xx: the library is busy, with the status shown', () => {
    for (const status of [408, 429, 503]) {
      expect(faultForStatus(status, undefined, 'busy').fault.message).toEqual({
        code: 'sync.fault.unavailable',
        params: { status }
      })
    }
  })

  it('410: bootstrap again, with the library’s reason', () => {
    expect(faultForStatus(410, undefined, 'since < retainFromSeq').fault.message).toEqual({
      code: 'sync.fault.resync',
      params: { reason: 'since < retainFromSeq' }
    })
  })

  it('426 and 412: this client is too old', () => {
    expect(faultForStatus(426, undefined, 'protocol 0 < 1').fault.message).toEqual({
      code: 'sync.fault.clientTooOld'
    })
    expect(faultForStatus(412, undefined, '').fault.message).toEqual({
      code: 'sync.fault.clientTooOld'
    })
  })

  it('401 and 403: the workstation’s identity is refused, with the status shown', () => {
    for (const status of [401, 403]) {
      expect(faultForStatus(status, undefined, 'no certificate').fault.message).toEqual({
        code: 'sync.fault.auth',
        params: { status }
      })
    }
  })

  it('other 4xx: the request is refused, with the status and the library’s reason', () => {
    expect(faultForStatus(422, undefined, 'baseRev missing').fault.message).toEqual({
      code: 'sync.fault.refused',
      params: { status: 422, reason: 'baseRev missing' }
    })
  })
})

describe('Retry-After (RFC 9110: delay-seconds = 1*DIGIT, or an HTTP-date)', () => {
  const now = Date.parse('2026-12-02T10:00:00Z')

  it('reads a delay of several digits as that many seconds', () => {
    expect(parseRetryAfter('10', now)).toBe(10_000)
    expect(parseRetryAfter('45', now)).toBe(45_000)
  })

  it('ignores a number with words before or after it', () => {
    expect(parseRetryAfter('5 seconds', now)).toBeUndefined()
    expect(parseRetryAfter('5s', now)).toBeUndefined()
    expect(parseRetryAfter('abc12', now)).toBeUndefined()
  })
})

describe('a failure that is not a SyncFailure', () => {
  it('is a network fault carrying the error’s text, and is retried', async () => {
    const library = new ScriptedTransport()
    library.info = async () => {
      library.calls.push('info')
      throw new Error('connect ECONNREFUSED 10.1.2.3:443')
    }
    const waits: number[] = []
    const error = await failure(
      runSync({
        clientId: 'ws',
        transport: library,
        store: new MemoryStore(),
        env: environment(waits),
        maxAttempts: 2
      })
    )
    expect(error.fault).toEqual({
      kind: 'network',
      message: {
        code: 'sync.fault.network',
        params: { reason: 'connect ECONNREFUSED 10.1.2.3:443' }
      }
    })
    expect(library.calls).toEqual(['info', 'info'])
    expect(waits).toHaveLength(1)
  })
})

describe('cancelling', () => {
  it('a run cancelled before it starts does not contact the library', async () => {
    const library = new ScriptedTransport()
    const controller = new AbortController()
    controller.abort()
    const error = await failure(
      runSync({
        clientId: 'ws',
        transport: library,
        store: new MemoryStore(),
        env: environment(),
        signal: controller.signal
      })
    )
    expect(error.fault.kind).toBe('cancelled')
    expect(error.fault.message.code).toBe('sync.fault.cancelled')
    expect(library.calls).toEqual([])
  })

  it('a wait that ends without having waited stops the work instead of trying again at once', async () => {
    let calls = 0
    const env: SyncEnvironment = {
      ...environment(),
      sleep: async () => {
        throw new Error('timer interrupted')
      }
    }
    const attempts = new Attempts(env, 6, undefined)
    const error = await failure(
      attempts.run(async () => {
        calls += 1
        throw syncFault('unavailable', 'sync.fault.unavailable', { status: 503 })
      })
    )
    expect(error.fault.kind).toBe('cancelled')
    expect(error.fault.message.code).toBe('sync.fault.cancelled')
    expect(calls).toBe(1)
  })

  it('a wait cancelled by the user reads as cancelled', async () => {
    const controller = new AbortController()
    const env: SyncEnvironment = {
      ...environment(),
      sleep: async () => {
        controller.abort()
        throw new Error('aborted')
      }
    }
    const attempts = new Attempts(env, 6, controller.signal)
    const error = await failure(
      attempts.run(async () => {
        throw syncFault('network', 'sync.fault.network', { reason: 'reset' })
      })
    )
    expect(error.fault.message).toEqual({ code: 'sync.fault.cancelled' })
  })
})

describe('comparing digests bucket by bucket', () => {
  function buckets(rows: [string, number][]): DigestBucket[] {
    const digest = new DigestAccumulator()
    for (const [id, rev] of rows) digest.add(id, rev)
    return digest.buckets()
  }

  it('a bucket whose row count differs differs, whatever its hash says', () => {
    const local = buckets([['a', 1]])
    // `printf 'a' | sha256sum` starts with ca: row a is in bucket 202.
    const remote = local.map((bucket) =>
      bucket.b === 0xca ? { ...bucket, count: bucket.count + 1 } : bucket
    )
    expect(differingBuckets(local, remote)).toEqual([0xca])
  })

  it('a bucket one side does not list differs; one neither side lists does not', () => {
    const local = buckets([['a', 1]])
    expect(differingBuckets(local, local.slice(0, 128))).toEqual(
      Array.from({ length: 128 }, (_, i) => 128 + i)
    )
    expect(differingBuckets(local.slice(0, 128), local)).toEqual(
      Array.from({ length: 128 }, (_, i) => 128 + i)
    )
    expect(differingBuckets([], [])).toEqual([])
  })
})

describe('a snapshot part the environment refuses to inflate', () => {
  it('keeps the environment’s reason (the bound), not a generic “unreadable”', async () => {
    const library = new ScriptedTransport({ headSeq: 1 })
    library.snapshot('snap-1', 1, [[{ table: 'licences', id: 'a', rev: 1, seq: 1, data: {} }]])
    const refusing: SyncEnvironment = {
      ...environment(),
      gunzip: async () => {
        throw syncFault('corrupt', 'sync.fault.tooLarge', { limit: 512 })
      }
    }
    const store = new MemoryStore()
    const error = await failure(
      runSync({ clientId: 'ws', transport: library, store, env: refusing, maxAttempts: 2 })
    )
    expect(error.fault.message).toEqual({ code: 'sync.fault.tooLarge', params: { limit: 512 } })
    expect(store.live('licences').size).toBe(0)
  })

  it('calls a part that is no gzip at all unreadable', async () => {
    const library = new ScriptedTransport({ headSeq: 1 })
    library.snapshot('snap-1', 1, [[{ table: 'licences', id: 'a', rev: 1, seq: 1, data: {} }]])
    const broken: SyncEnvironment = {
      ...environment(),
      gunzip: async () => {
        throw new Error('incorrect header check')
      }
    }
    const error = await failure(
      runSync({
        clientId: 'ws',
        transport: library,
        store: new MemoryStore(),
        env: broken,
        maxAttempts: 2
      })
    )
    expect(error.fault.message.code).toBe('sync.fault.unreadable')
  })
})
