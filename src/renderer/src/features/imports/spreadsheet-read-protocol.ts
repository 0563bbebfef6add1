import type { SpreadsheetRead } from '../../spreadsheets/spreadsheet-read'

export interface SpreadsheetReadRequest {
  bytes: Uint8Array
}

export type SpreadsheetReadEvent = SpreadsheetRead
