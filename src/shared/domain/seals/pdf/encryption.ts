/**
 * 加密 PDF: the standard security handler (ISO 32000-1 §7.6.3, ISO 32000-2 §7.6.4) — RC4 of
 * /V 1–2, crypt filters of /V 4 (RC4 or AES-128) and AES-256 of /V 5 — opened with the empty
 * user password (what government PDFs "protected" by an owner password use) or a given one,
 * and the decryption of what a reader sees: every object's strings and stream data.
 */
import { message, type Message } from '../../../i18n/message'
import { aesDecrypt, rc4 } from './ciphers'
import {
  type AesV3Params,
  type LegacyParams,
  aesV3Key,
  legacyKey,
  legacyPasswordCandidates,
  objectKey,
  unicodePasswordCandidates
} from './encryption-keys'
import {
  type IndirectObject,
  type PdfDict,
  type PdfObject,
  type PdfStream,
  isArray,
  isDict,
  isName,
  isString
} from './objects'

export type EncryptionMethod = 'RC4-40' | 'RC4-128' | 'AES-128' | 'AES-256'
/** Which password opened the file: the empty user password, or the one the user gave. */
export type PasswordUsed = 'empty-user' | 'user' | 'owner'

export interface EncryptionInfo {
  method: EncryptionMethod
  passwordUsed: PasswordUsed
}

export type EncryptionErrorCode =
  'seals.error.passwordRequired' | 'seals.error.passwordWrong' | 'seals.error.encryptionUnsupported'

/** Why an encrypted file does not open: a code, and for an unsupported one the `method`. */
export interface EncryptionError {
  code: EncryptionErrorCode
  params?: { method: Message }
}

/** Turns objects as written in an encrypted file into what they say. */
export interface Decryption {
  readonly info: EncryptionInfo
  /** Strings decrypted now (small), stream data on demand through `PdfStream.plain`. */
  decryptObject(object: IndirectObject): PdfObject
}

export type EncryptionResult =
  { ok: true; decryption: Decryption } | { ok: false; error: EncryptionError }

export interface EncryptionInput {
  /** The trailer's /Encrypt, resolved. */
  dictionary: PdfDict | undefined
  /** Its object number when indirect: that object is not encrypted. */
  objectNum: number | undefined
  /** The first string of the trailer's /ID. */
  id: Uint8Array | undefined
  /** Resolves indirect values inside the dictionary. */
  resolve: (value: PdfObject | undefined) => PdfObject | undefined
  password: string | undefined
}

type Decrypt = (data: Uint8Array, num: number, gen: number) => Uint8Array
interface CryptFilter {
  method: EncryptionMethod | 'identity'
  decrypt: Decrypt
}

const identity: CryptFilter = { method: 'identity', decrypt: (data) => data }

/** `method` names what is not supported (`seals.encryption.*`). */
const unsupported = (method: Message): EncryptionResult => ({
  ok: false,
  error: { code: 'seals.error.encryptionUnsupported', params: { method } }
})

const passwordRequired = { error: { code: 'seals.error.passwordRequired' } } as const

const passwordWrong = { error: { code: 'seals.error.passwordWrong' } } as const

/** A file key from a password, or undefined when the password is not the right one. */
type KeyFor = (password: string, as: 'user' | 'owner') => Uint8Array | undefined

/** Reads /Encrypt, finds a password that opens the file, and returns its decryption. */
export function openEncryption(input: EncryptionInput): EncryptionResult {
  const dict = input.dictionary
  if (!dict) return unsupported(message('seals.encryption.dictionaryUnreadable'))
  const get = (key: string) => input.resolve(dict.entries.get(key))
  const filter = get('Filter')
  if (!isName(filter, 'Standard')) {
    const name = isName(filter) ? filter.value : '?'
    return name === 'Adobe.PubSec'
      ? unsupported(message('seals.encryption.publicKey'))
      : unsupported(message('seals.encryption.handler', { name }))
  }
  const v = get('V')
  const r = get('R')
  const pairs: Record<number, number[]> = { 1: [2, 3], 2: [2, 3], 4: [4], 5: [5, 6] }
  if (typeof v !== 'number' || typeof r !== 'number' || !pairs[v]?.includes(r)) {
    return unsupported(
      message('seals.encryption.version', { version: String(v), revision: String(r) })
    )
  }
  const keyed = v === 5 ? aesV3KeyFor(get) : legacyKeyFor(get, v, r, input)
  if ('code' in keyed) return unsupported(keyed)
  const unlocked = unlock(keyed.keyFor, input.password)
  if ('error' in unlocked) return { ok: false, error: unlocked.error }
  const { fileKey, passwordUsed } = unlocked
  const filters = v >= 4 ? cryptFilters(get('CF'), input.resolve, fileKey) : new Map()
  if (!filters) return unsupported(message('seals.encryption.unknownFilter'))
  // V 1–2 encrypt everything with RC4; V 4–5 name a filter for streams and one for strings.
  const rc4Everywhere = v < 4 ? rc4Filter(fileKey) : undefined
  const named = (key: string): CryptFilter | undefined => {
    if (rc4Everywhere) return rc4Everywhere
    const name = get(key)
    return !isName(name) || name.value === 'Identity' ? identity : filters.get(name.value)
  }
  const streams = named('StmF')
  const strings = named('StrF')
  if (!streams || !strings) return unsupported(message('seals.encryption.missingFilter'))
  const method = [streams, strings].find((f) => f.method !== 'identity')?.method
  return {
    ok: true,
    decryption: new StandardDecryption(
      { method: method && method !== 'identity' ? method : keyed.method, passwordUsed },
      {
        streams,
        strings,
        byName: (name) => (name === 'Identity' ? identity : filters.get(name)),
        encryptNum: input.objectNum,
        // /EncryptMetadata exists from V 4 on; earlier files encrypt metadata like any stream.
        encryptMetadata: v < 4 || get('EncryptMetadata') !== false
      }
    )
  }
}

interface Keyed {
  keyFor: KeyFor
  /** The method a file whose filters are all /Identity is still said to use. */
  method: EncryptionMethod
}

/** Revisions 5–6 (AES-256); a message says what is missing. */
function aesV3KeyFor(get: (key: string) => PdfObject | undefined): Keyed | Message {
  const bytes = (key: string) => {
    const value = get(key)
    return isString(value) ? value.bytes : new Uint8Array(0)
  }
  const params: AesV3Params = {
    revision: get('R') === 5 ? 5 : 6,
    owner: bytes('O'),
    user: bytes('U'),
    ownerKey: bytes('OE'),
    userKey: bytes('UE')
  }
  if (params.owner.length < 48 || params.user.length < 48)
    return message('seals.encryption.passwordEntries')
  if (params.ownerKey.length < 32 || params.userKey.length < 32)
    return message('seals.encryption.keyEntries')
  return {
    keyFor: (password, as) =>
      firstKey(unicodePasswordCandidates(password), (candidate) => aesV3Key(params, candidate, as)),
    method: 'AES-256'
  }
}

/** Revisions 2–4 (RC4, AES-128); a message says what is missing. */
function legacyKeyFor(
  get: (key: string) => PdfObject | undefined,
  v: number,
  r: number,
  input: EncryptionInput
): Keyed | Message {
  const owner = get('O')
  const user = get('U')
  const permissions = get('P')
  if (!isString(owner) || !isString(user) || owner.bytes.length < 32 || user.bytes.length < 32)
    return message('seals.encryption.passwordEntries')
  if (typeof permissions !== 'number') return message('seals.encryption.noPermissions')
  if (!input.id) return message('seals.encryption.noId')
  const params: LegacyParams = {
    revision: r as 2 | 3 | 4,
    keyLength: legacyKeyLength(v, r, get('Length'), get('CF'), get('StmF'), input.resolve),
    owner: owner.bytes,
    user: user.bytes,
    permissions,
    id: input.id,
    encryptMetadata: get('EncryptMetadata') !== false
  }
  return {
    keyFor: (password, as) =>
      firstKey(legacyPasswordCandidates(password), (candidate) => legacyKey(params, candidate, as)),
    method: params.keyLength <= 5 ? 'RC4-40' : 'RC4-128'
  }
}

function firstKey(
  candidates: Uint8Array[],
  keyFor: (candidate: Uint8Array) => Uint8Array | undefined
): Uint8Array | undefined {
  for (const candidate of candidates) {
    const key = keyFor(candidate)
    if (key) return key
  }
  return undefined
}

/** Bytes of the file key: /Length in bits (V 2), the default crypt filter's (V 4), or 40. */
function legacyKeyLength(
  v: number,
  r: number,
  length: PdfObject | undefined,
  cf: PdfObject | undefined,
  stmF: PdfObject | undefined,
  resolve: EncryptionInput['resolve']
): number {
  if (r === 2) return 5
  let bits = typeof length === 'number' ? length : v === 4 ? 128 : 40
  if (v === 4 && typeof length !== 'number' && isDict(cf) && isName(stmF)) {
    const handler = resolve(cf.entries.get(stmF.value))
    const handlerLength = isDict(handler) ? resolve(handler.entries.get('Length')) : undefined
    // Writers put the byte count here (16) although the standard says bits.
    if (typeof handlerLength === 'number')
      bits = handlerLength < 40 ? handlerLength * 8 : handlerLength
  }
  return Math.min(16, Math.max(5, Math.floor(bits / 8)))
}

/**
 * Tries the empty password (as user, then owner), then the given one (as user, then owner):
 * the first that unlocks the file gives the key.
 */
function unlock(
  keyFor: KeyFor,
  password: string | undefined
): { fileKey: Uint8Array; passwordUsed: PasswordUsed } | { error: EncryptionError } {
  const given = password !== undefined && password !== ''
  const attempts: Array<[string, 'user' | 'owner', PasswordUsed]> = [
    ['', 'user', 'empty-user'],
    ['', 'owner', 'owner']
  ]
  if (given) attempts.push([password, 'user', 'user'], [password, 'owner', 'owner'])
  for (const [text, as, passwordUsed] of attempts) {
    const fileKey = keyFor(text, as)
    if (fileKey) return { fileKey, passwordUsed }
  }
  return given ? passwordWrong : passwordRequired
}

/** Algorithm 1's key for the object being decrypted, kept while its strings are walked. */
function objectKeys(fileKey: Uint8Array, aes: boolean): (num: number, gen: number) => Uint8Array {
  let last: { num: number; gen: number; key: Uint8Array } | undefined
  return (num, gen) => {
    if (last?.num !== num || last.gen !== gen)
      last = { num, gen, key: objectKey(fileKey, num, gen, aes) }
    return last.key
  }
}

function rc4Filter(fileKey: Uint8Array): CryptFilter {
  const keyOf = objectKeys(fileKey, false)
  return {
    method: fileKey.length <= 5 ? 'RC4-40' : 'RC4-128',
    decrypt: (data, num, gen) => rc4(keyOf(num, gen), data)
  }
}

function aes128(fileKey: Uint8Array): CryptFilter {
  const keyOf = objectKeys(fileKey, true)
  return { method: 'AES-128', decrypt: (data, num, gen) => aesDecrypt(keyOf(num, gen), data) }
}

function aes256(fileKey: Uint8Array): CryptFilter {
  return { method: 'AES-256', decrypt: (data) => aesDecrypt(fileKey, data) }
}

/** /CF of V 4–5: each named filter's method; undefined when one names an unknown method. */
function cryptFilters(
  cf: PdfObject | undefined,
  resolve: EncryptionInput['resolve'],
  fileKey: Uint8Array
): Map<string, CryptFilter> | undefined {
  const filters = new Map<string, CryptFilter>()
  if (!isDict(cf)) return filters
  for (const [name, value] of cf.entries) {
    const entry = resolve(value)
    const method = isDict(entry) ? resolve(entry.entries.get('CFM')) : undefined
    const cfm = isName(method) ? method.value : 'None'
    if (cfm === 'None') filters.set(name, identity)
    else if (cfm === 'V2') filters.set(name, rc4Filter(fileKey))
    // AES-128 needs a 16-byte object key, which only a 128-bit file key gives.
    else if (cfm === 'AESV2' && fileKey.length === 16) filters.set(name, aes128(fileKey))
    else if (cfm === 'AESV3' && fileKey.length === 32) filters.set(name, aes256(fileKey))
    else return undefined
  }
  return filters
}

interface DecryptionSetup {
  streams: CryptFilter
  strings: CryptFilter
  byName: (name: string) => CryptFilter | undefined
  encryptNum: number | undefined
  encryptMetadata: boolean
}

/** Dictionaries whose /Contents is left as written (ISO 32000-2 §7.6.2): signatures. */
function isSignatureDictionary(dict: PdfDict): boolean {
  const type = dict.entries.get('Type')
  return dict.entries.has('ByteRange') || isName(type, 'Sig') || isName(type, 'DocTimeStamp')
}

class StandardDecryption implements Decryption {
  constructor(
    readonly info: EncryptionInfo,
    private readonly setup: DecryptionSetup
  ) {}

  decryptObject(object: IndirectObject): PdfObject {
    if (object.num === this.setup.encryptNum) return object.value
    return this.value(object.value, object.num, object.gen)
  }

  private value(value: PdfObject, num: number, gen: number): PdfObject {
    if (typeof value !== 'object' || value === null) return value
    switch (value.kind) {
      case 'string':
        // Offsets stay those of the file: the ByteRange check compares them with the hole.
        return { ...value, bytes: this.setup.strings.decrypt(value.bytes, num, gen) }
      case 'array':
        return { kind: 'array', items: value.items.map((item) => this.value(item, num, gen)) }
      case 'dict':
        return this.dict(value, num, gen)
      case 'stream':
        return this.stream(value, num, gen)
      default:
        return value
    }
  }

  private dict(dict: PdfDict, num: number, gen: number): PdfDict {
    const keepContents = isSignatureDictionary(dict)
    const entries = new Map<string, PdfObject>()
    for (const [key, item] of dict.entries) {
      entries.set(key, keepContents && key === 'Contents' ? item : this.value(item, num, gen))
    }
    return { kind: 'dict', entries }
  }

  private stream(stream: PdfStream, num: number, gen: number): PdfStream {
    const type = stream.dict.entries.get('Type')
    // Cross-reference streams are never encrypted (ISO 32000-1 §7.5.8.2).
    if (isName(type, 'XRef')) return stream
    const dict = this.dict(stream.dict, num, gen)
    if (isName(type, 'Metadata') && !this.setup.encryptMetadata) return { ...stream, dict }
    const filter = this.streamFilter(stream.dict)
    if (filter.method === 'identity') return { ...stream, dict }
    const raw = stream.data
    // Decrypted when someone decodes it: a 50 MB image is not copied for nothing.
    return { ...stream, dict, plain: () => filter.decrypt(raw, num, gen) }
  }

  /** A stream may name its own crypt filter as the first of its /Filter (§7.4.10). */
  private streamFilter(dict: PdfDict): CryptFilter {
    const filters = dict.entries.get('Filter')
    const first = isArray(filters) ? filters.items[0] : filters
    if (!isName(first, 'Crypt')) return this.setup.streams
    const params = dict.entries.get('DecodeParms')
    const own = isArray(params) ? params.items[0] : params
    const name = isDict(own) ? own.entries.get('Name') : undefined
    return this.setup.byName(isName(name) ? name.value : 'Identity') ?? this.setup.streams
  }
}
