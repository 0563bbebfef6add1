import { setTimeout as wait } from 'node:timers/promises'
import { gunzip } from 'node:zlib'
import { promisify } from 'node:util'
import { syncFault } from '../../../shared/domain/sync/faults'
import type { SyncEnvironment } from '../../../shared/domain/sync/ports'
import { DEFAULT_RESPONSE_LIMITS } from './http-transport'

const gunzipAsync = promisify(gunzip)

/**
 * The engine's time and gunzip in Node (main and the CLI). A snapshot part is gunzipped up to
 * `maxTextBytes`: its checksum is declared by the same server, so it proves nothing about a
 * gzip bomb.
 */
export function createNodeSyncEnvironment(
  maxTextBytes = DEFAULT_RESPONSE_LIMITS.textBytes
): SyncEnvironment {
  return {
    sleep: async (ms, signal) => {
      await wait(ms, undefined, signal ? { signal } : undefined)
    },
    random: () => Math.random(),
    async gunzip(bytes) {
      try {
        return new Uint8Array(await gunzipAsync(bytes, { maxOutputLength: maxTextBytes }))
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'ERR_BUFFER_TOO_LARGE') throw error
        throw syncFault('corrupt', 'sync.fault.tooLarge', {
          limit: Math.ceil(maxTextBytes / (1024 * 1024))
        })
      }
    }
  }
}

export const nodeSyncEnvironment: SyncEnvironment = createNodeSyncEnvironment()
