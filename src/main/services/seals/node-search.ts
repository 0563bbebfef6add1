/**
 * The ByteSearch port on Node's Buffer: a native multi-byte search over a view of the same
 * memory (Buffer.from(arrayBuffer, offset, length) copies nothing).
 */
import type { ByteSearch } from '../../../shared/domain/seals/pdf/lexer'

export const nodeByteSearch: ByteSearch = (bytes, needle, from) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from, 'latin1')
