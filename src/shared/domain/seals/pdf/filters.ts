/**
 * Stream decoding for the streams the verifier must read itself: xref streams and object
 * streams (FlateDecode with PNG/TIFF predictors, or no filter). Other filters are reported as
 * unsupported rather than guessed.
 */
import type { Budget } from './budget'
import { inflate } from './inflate'
import { type PdfDict, type PdfObject, type PdfStream, isArray, isDict, isName } from './objects'

/** Decoded xref/object streams are small; this stops decompression bombs. */
export const MAX_DECODED_STREAM_BYTES = 64 * 1024 * 1024

export type DecodeResult = { ok: true; data: Uint8Array } | { ok: false; reason: string }

function filterNames(dict: PdfDict): string[] {
  const filter = dict.entries.get('Filter')
  if (filter === undefined || filter === null) return []
  if (isName(filter)) return [filter.value]
  if (isArray(filter)) return filter.items.map((item) => (isName(item) ? item.value : '?'))
  return ['?']
}

function decodeParams(dict: PdfDict, index: number): PdfDict | undefined {
  const params: PdfObject | undefined = dict.entries.get('DecodeParms')
  if (isDict(params)) return params
  if (isArray(params)) {
    const item = params.items[index]
    return isDict(item) ? item : undefined
  }
  return undefined
}

/** What one decode may cost. */
export interface DecodeLimits {
  /** The document's budget: every inflated byte is charged to it (throws BudgetExceeded). */
  budget?: Budget
  /** Stop the last filter after this many bytes when the caller needs no more (xref rows). */
  maxBytes?: number
}

export function decodeStream(stream: PdfStream, limits: DecodeLimits = {}): DecodeResult {
  let data = stream.plain?.() ?? stream.data
  const filters = filterNames(stream.dict)
  for (const [index, filter] of filters.entries()) {
    // A stream's own crypt filter comes first and is applied by `plain` (encryption.ts).
    if (filter === 'Crypt' && index === 0) continue
    if (filter !== 'FlateDecode' && filter !== 'Fl')
      return { ok: false, reason: `filter ${filter}` }
    const wanted =
      index === filters.length - 1 && limits.maxBytes !== undefined
        ? Math.min(limits.maxBytes, MAX_DECODED_STREAM_BYTES)
        : MAX_DECODED_STREAM_BYTES
    // One byte past what the budget allows is enough to know the stream exceeds it.
    const allowance = (limits.budget?.inflateAllowance ?? Number.POSITIVE_INFINITY) + 1
    const result = inflate(data, Math.min(wanted, allowance))
    limits.budget?.spendInflate(result.data.length)
    if (!result.complete && result.data.length === 0)
      return { ok: false, reason: 'corrupt deflate data' }
    data = result.data
    const params = decodeParams(stream.dict, index)
    const predictor = params?.entries.get('Predictor')
    if (typeof predictor === 'number' && predictor >= 10) {
      const columns = params?.entries.get('Columns')
      const colors = params?.entries.get('Colors')
      const bits = params?.entries.get('BitsPerComponent')
      const bytesPerPixel = Math.max(
        1,
        Math.ceil(
          ((typeof colors === 'number' ? colors : 1) * (typeof bits === 'number' ? bits : 8)) / 8
        )
      )
      data = undoPngPredictor(data, typeof columns === 'number' ? columns : 1, bytesPerPixel)
    } else if (predictor === 2) return { ok: false, reason: 'TIFF predictor' }
  }
  return { ok: true, data }
}

/** Reverses PNG row filters (each row starts with its filter type byte). */
function undoPngPredictor(data: Uint8Array, columns: number, bytesPerPixel: number): Uint8Array {
  const rowLength = Math.max(1, Math.floor(columns * bytesPerPixel))
  const rows = Math.floor(data.length / (rowLength + 1))
  const out = new Uint8Array(rows * rowLength)
  for (let row = 0; row < rows; row++) {
    const type = data[row * (rowLength + 1)]!
    const source = row * (rowLength + 1) + 1
    const target = row * rowLength
    for (let i = 0; i < rowLength; i++) {
      const raw = data[source + i]!
      const left = i >= bytesPerPixel ? out[target + i - bytesPerPixel]! : 0
      const up = row > 0 ? out[target + i - rowLength]! : 0
      const upLeft =
        row > 0 && i >= bytesPerPixel ? out[target + i - rowLength - bytesPerPixel]! : 0
      let value: number
      switch (type) {
        case 1:
          value = raw + left
          break
        case 2:
          value = raw + up
          break
        case 3:
          value = raw + ((left + up) >> 1)
          break
        case 4: {
          const estimate = left + up - upLeft
          const distLeft = Math.abs(estimate - left)
          const distUp = Math.abs(estimate - up)
          const distUpLeft = Math.abs(estimate - upLeft)
          value =
            raw +
            (distLeft <= distUp && distLeft <= distUpLeft
              ? left
              : distUp <= distUpLeft
                ? up
                : upLeft)
          break
        }
        default:
          value = raw
      }
      out[target + i] = value & 0xff
    }
  }
  return out
}
