import { syncFault } from '@shared/domain/sync/faults'
import type { SyncEnvironment } from '@shared/domain/sync/ports'

/** What a snapshot part may inflate to, as in main: its checksum proves nothing about a bomb. */
export const MAX_PART_TEXT_BYTES = 512 * 1024 * 1024

/** The engine's time and gunzip in a browser worker (DecompressionStream, bounded). */
export function createBrowserSyncEnvironment(maxTextBytes = MAX_PART_TEXT_BYTES): SyncEnvironment {
  return {
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason)
          return
        }
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', cancel)
          resolve()
        }, ms)
        const cancel = () => {
          clearTimeout(timer)
          reject(signal?.reason)
        }
        signal?.addEventListener('abort', cancel, { once: true })
      }),
    random: () => Math.random(),
    async gunzip(bytes) {
      const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
        .stream()
        .pipeThrough(new DecompressionStream('gzip'))
      const reader = stream.getReader()
      const chunks: Uint8Array[] = []
      let length = 0
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        length += value.byteLength
        if (length > maxTextBytes) {
          await reader.cancel()
          throw syncFault('corrupt', 'sync.fault.tooLarge', {
            limit: Math.ceil(maxTextBytes / (1024 * 1024))
          })
        }
        chunks.push(value)
      }
      const out = new Uint8Array(length)
      let at = 0
      for (const chunk of chunks) {
        out.set(chunk, at)
        at += chunk.byteLength
      }
      return out
    }
  }
}
