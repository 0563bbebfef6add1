/**
 * The ciphers of the PDF standard security handler (ISO 32000-1 §7.6.2, ISO 32000-2 §7.6.3):
 * RC4, which no maintained library ships any more and is a few lines, and AES-CBC as PDF
 * writes it (a 16-byte IV in front, PKCS#5 padding at the end).
 */
import { cbc } from '@noble/ciphers/aes.js'

const BLOCK = 16

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = new Uint8Array(256)
  for (let i = 0; i < 256; i++) state[i] = i
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff
    const swap = state[i]!
    state[i] = state[j]!
    state[j] = swap
  }
  const out = new Uint8Array(data.length)
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff
    j = (j + state[i]!) & 0xff
    const swap = state[i]!
    state[i] = state[j]!
    state[j] = swap
    out[k] = data[k]! ^ state[(state[i]! + state[j]!) & 0xff]!
  }
  return out
}

/**
 * AESV2/AESV3 data: IV, then CBC blocks. Damaged files are read as far as whole blocks go, and
 * padding that is not valid PKCS#5 is kept rather than turned into an error, as readers do.
 */
export function aesDecrypt(key: Uint8Array, data: Uint8Array): Uint8Array {
  const blocks = Math.floor((data.length - BLOCK) / BLOCK)
  if (blocks <= 0) return new Uint8Array(0)
  const plain = aesCbc(
    'decrypt',
    key,
    data.subarray(0, BLOCK),
    data.subarray(BLOCK, BLOCK * (blocks + 1))
  )
  const pad = plain[plain.length - 1]!
  if (pad < 1 || pad > BLOCK) return plain
  for (let i = plain.length - pad; i < plain.length; i++) if (plain[i] !== pad) return plain
  return plain.subarray(0, plain.length - pad)
}

/** AES-CBC over whole blocks without padding (key derivation of revisions 5 and 6). */
export function aesCbc(
  direction: 'encrypt' | 'decrypt',
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array
): Uint8Array {
  const cipher = cbc(key, iv, { disablePadding: true })
  return direction === 'encrypt' ? cipher.encrypt(data) : cipher.decrypt(data)
}
