/// <reference lib="webworker" />
import { readSpreadsheet } from '../../spreadsheets/spreadsheet-read'
import type { SpreadsheetReadEvent, SpreadsheetReadRequest } from './spreadsheet-read-protocol'

/**
 * Reads an import file off the UI thread: unpacking and parsing a workbook of 200,000 rows takes
 * seconds, and the page must stay responsive (and show its progress) meanwhile.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (message: MessageEvent<SpreadsheetReadRequest>) => {
  scope.postMessage((await readSpreadsheet(message.data.bytes)) satisfies SpreadsheetReadEvent)
}
