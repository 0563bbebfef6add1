import { message } from '@shared/i18n/message'
import type { SpreadsheetRead } from '../../spreadsheets/spreadsheet-read'
import type { SpreadsheetReadEvent, SpreadsheetReadRequest } from './spreadsheet-read-protocol'

/**
 * readSpreadsheet in a worker of its own, ended when it answers. A worker that dies (out of
 * memory on a file the caps did not foresee) is an unreadable file, not a hung import.
 */
export function readSpreadsheetInWorker(bytes: Uint8Array): Promise<SpreadsheetRead> {
  const worker = new Worker(new URL('./spreadsheet-read.worker.ts', import.meta.url), {
    type: 'module'
  })
  return new Promise((resolve) => {
    worker.onmessage = (message: MessageEvent<SpreadsheetReadEvent>) => {
      worker.terminate()
      resolve(message.data)
    }
    worker.onerror = (error) => {
      worker.terminate()
      resolve({
        ok: false,
        error: message('imports.file.readFailed', {
          detail: error.message || message('imports.file.readerExited')
        })
      })
    }
    worker.postMessage({ bytes } satisfies SpreadsheetReadRequest)
  })
}
