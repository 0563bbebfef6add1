/**
 * File keys of the standard security handler from a password: revisions 2–4 (ISO 32000-1
 * §7.6.3.3, Algorithms 2, 4–7) and revisions 5–6 (ISO 32000-2 §7.6.4.3, Algorithms 2.A, 2.B),
 * and the per-object key of revisions 2–4 (Algorithm 1).
 */
import { md5 } from '@noble/hashes/legacy.js'
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js'
import { aesCbc, rc4 } from './ciphers'

/** The 32 bytes a revision 2–4 password is padded (or replaced) with. */
const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a
])

/** PDFDocEncoding's characters outside Latin-1, by byte (ISO 32000-1 Annex D). */
const PDF_DOC_EXTRA: ReadonlyMap<string, number> = new Map([
  ...[...'˘ˇˆ˙˝˛˚˜'].map((char, i) => [char, 0x18 + i] as const),
  ...[...'•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž'].map((char, i) => [char, 0x80 + i] as const),
  ['€', 0xa0]
])

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

function equalPrefix(a: Uint8Array, b: Uint8Array, length: number): boolean {
  if (a.length < length || b.length < length) return false
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * A revision 2–4 password as bytes: PDFDocEncoding as the standard says, and also UTF-8 when
 * the text has characters PDFDocEncoding lacks (what some writers use for Chinese passwords).
 */
export function legacyPasswordCandidates(password: string): Uint8Array[] {
  const utf8 = new TextEncoder().encode(password)
  const latin: number[] = []
  for (const char of password) {
    const code = char.codePointAt(0)!
    const byte = PDF_DOC_EXTRA.get(char) ?? (code <= 0xff ? code : undefined)
    if (byte === undefined) return [utf8]
    latin.push(byte)
  }
  const pdfDoc = Uint8Array.from(latin)
  return equalPrefix(pdfDoc, utf8, Math.max(pdfDoc.length, utf8.length)) ? [pdfDoc] : [pdfDoc, utf8]
}

/**
 * A revision 5–6 password: UTF-8 of its NFKC form (SASLprep's core, as the standard asks), at
 * most 127 bytes; then the text as typed, which some writers (qpdf) use without SASLprep.
 */
export function unicodePasswordCandidates(password: string): Uint8Array[] {
  const encode = (text: string) => new TextEncoder().encode(text).subarray(0, 127)
  const normalized = password.normalize('NFKC')
  return normalized === password ? [encode(password)] : [encode(normalized), encode(password)]
}

/** What revisions 2–4 derive keys from: the encryption dictionary and the first /ID string. */
export interface LegacyParams {
  revision: 2 | 3 | 4
  /** File key length in bytes (5 to 16). */
  keyLength: number
  owner: Uint8Array
  user: Uint8Array
  permissions: number
  id: Uint8Array
  encryptMetadata: boolean
}

function padded(password: Uint8Array): Uint8Array {
  const out = new Uint8Array(32)
  const used = Math.min(32, password.length)
  out.set(password.subarray(0, used))
  out.set(PASSWORD_PADDING.subarray(0, 32 - used), used)
  return out
}

/** Algorithm 2: the file key a (padded) user password gives. */
function legacyFileKey(params: LegacyParams, paddedPassword: Uint8Array): Uint8Array {
  const p = params.permissions >>> 0
  const permissionBytes = Uint8Array.from([p & 0xff, (p >>> 8) & 0xff, (p >>> 16) & 0xff, p >>> 24])
  const metadata =
    params.revision >= 4 && !params.encryptMetadata
      ? Uint8Array.from([0xff, 0xff, 0xff, 0xff])
      : new Uint8Array(0)
  let hash = md5(
    concat(paddedPassword, params.owner.subarray(0, 32), permissionBytes, params.id, metadata)
  )
  if (params.revision >= 3) {
    for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, params.keyLength))
  }
  return hash.slice(0, params.keyLength)
}

/** RC4 with the key XOR-ed by each of `rounds` in turn (Algorithms 5 and 7). */
function rc4Rounds(key: Uint8Array, data: Uint8Array, rounds: number[]): Uint8Array {
  let out = data
  for (const round of rounds)
    out = rc4(
      key.map((byte) => byte ^ round),
      out
    )
  return out
}

const UP_TO_19 = Array.from({ length: 20 }, (_, i) => i)

/** Algorithms 6 (with 4 or 5): the file key when `paddedPassword` is the user password. */
function legacyUserKey(params: LegacyParams, paddedPassword: Uint8Array): Uint8Array | undefined {
  const key = legacyFileKey(params, paddedPassword)
  if (params.revision === 2) {
    return equalPrefix(rc4(key, PASSWORD_PADDING), params.user, 32) ? key : undefined
  }
  const check = rc4Rounds(key, md5(concat(PASSWORD_PADDING, params.id)), UP_TO_19)
  return equalPrefix(check, params.user, 16) ? key : undefined
}

/** Algorithm 7: the user password recovered from /O with the owner password, then its key. */
function legacyOwnerKey(params: LegacyParams, paddedPassword: Uint8Array): Uint8Array | undefined {
  let hash = md5(paddedPassword)
  if (params.revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash)
  const key = hash.subarray(0, params.revision === 2 ? 5 : params.keyLength)
  const owner = params.owner.subarray(0, 32)
  const user =
    params.revision === 2 ? rc4(key, owner) : rc4Rounds(key, owner, [...UP_TO_19].reverse())
  return legacyUserKey(params, user)
}

export function legacyKey(
  params: LegacyParams,
  password: Uint8Array,
  as: 'user' | 'owner'
): Uint8Array | undefined {
  return as === 'user'
    ? legacyUserKey(params, padded(password))
    : legacyOwnerKey(params, padded(password))
}

/** Algorithm 1: the key for one object's strings and streams (revisions 2–4). */
export function objectKey(fileKey: Uint8Array, num: number, gen: number, aes: boolean): Uint8Array {
  const salt = aes ? Uint8Array.from([0x73, 0x41, 0x6c, 0x54]) : new Uint8Array(0)
  const suffix = Uint8Array.from([
    num & 0xff,
    (num >>> 8) & 0xff,
    (num >>> 16) & 0xff,
    gen & 0xff,
    (gen >>> 8) & 0xff
  ])
  return md5(concat(fileKey, suffix, salt)).subarray(0, Math.min(fileKey.length + 5, 16))
}

/** What revisions 5 and 6 derive the key from: /O, /U (48 bytes each), /OE and /UE. */
export interface AesV3Params {
  revision: 5 | 6
  owner: Uint8Array
  user: Uint8Array
  ownerKey: Uint8Array
  userKey: Uint8Array
}

/** Algorithm 2.B (revision 6): SHA-256/384/512 rounds driven by AES-128 of the input. */
function hardenedHash(password: Uint8Array, salt: Uint8Array, userData: Uint8Array): Uint8Array {
  let key: Uint8Array = sha256(concat(password, salt, userData))
  let encrypted: Uint8Array = new Uint8Array(0)
  for (let round = 0; round < 64 || encrypted[encrypted.length - 1]! > round - 32; round++) {
    const block = concat(password, key, userData)
    const repeated = new Uint8Array(block.length * 64)
    for (let i = 0; i < 64; i++) repeated.set(block, i * block.length)
    encrypted = aesCbc('encrypt', key.subarray(0, 16), key.subarray(16, 32), repeated)
    // The first 16 bytes as a big-endian number mod 3: 256 ≡ 1 (mod 3), so the byte sum mod 3.
    let sum = 0
    for (let i = 0; i < 16; i++) sum += encrypted[i]!
    const next = [sha256, sha384, sha512][sum % 3]!
    key = next(encrypted)
  }
  return key.subarray(0, 32)
}

function aesV3Hash(
  revision: 5 | 6,
  password: Uint8Array,
  salt: Uint8Array,
  userData: Uint8Array
): Uint8Array {
  return revision === 6
    ? hardenedHash(password, salt, userData)
    : sha256(concat(password, salt, userData))
}

/** Algorithm 2.A: the file key when `password` is the user (or owner) password. */
export function aesV3Key(
  params: AesV3Params,
  password: Uint8Array,
  as: 'user' | 'owner'
): Uint8Array | undefined {
  const [hash, encryptedKey] =
    as === 'user' ? [params.user, params.userKey] : [params.owner, params.ownerKey]
  const userData = as === 'owner' ? params.user.subarray(0, 48) : new Uint8Array(0)
  const validation = aesV3Hash(params.revision, password, hash.subarray(32, 40), userData)
  if (!equalPrefix(validation, hash, 32)) return undefined
  const intermediate = aesV3Hash(params.revision, password, hash.subarray(40, 48), userData)
  return aesCbc('decrypt', intermediate, new Uint8Array(16), encryptedKey.subarray(0, 32))
}
