import { setTimeout as wait } from 'node:timers/promises'
import { gunzip } from 'node:zlib'
import { promisify } from 'node:util'
import type { SyncEnvironment } from '../../../shared/domain/sync/ports'

const gunzipAsync = promisify(gunzip)

/** The engine's time and gunzip in Node (main and the CLI). */
export const nodeSyncEnvironment: SyncEnvironment = {
  sleep: async (ms, signal) => {
    await wait(ms, undefined, signal ? { signal } : undefined)
  },
  random: () => Math.random(),
  gunzip: async (bytes) => new Uint8Array(await gunzipAsync(bytes))
}
