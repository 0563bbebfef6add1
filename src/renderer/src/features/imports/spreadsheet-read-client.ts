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
        error: {
          code: 'import.file.unreadable',
          message: `读取文件时出错（${error.message || '读取进程意外退出'}），文件未导入：请检查文件后重试，或拆分为多个较小的文件`
        }
      })
    }
    worker.postMessage({ bytes } satisfies SpreadsheetReadRequest)
  })
}
