import { LICENCE_IDENTIFIER_ROOT, checkLicenceIdentifier } from '../codes/licence-identifier'
import { licenceTypeCodeFindings } from '../codes/licence-type-code'
import { MOD37_36_ALPHABET } from '../codes/iso7064'
import { USCC_ALPHABET, checkUscc, usccFindings } from '../codes/uscc'

/** Character code → value in an alphabet, -1 outside it. */
function valueTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1)
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i
  return table
}

const USCC_VALUES = valueTable(USCC_ALPHABET)
const MOD37_VALUES = valueTable(MOD37_36_ALPHABET)
/** GB 11714 values of the 组织机构代码 body: digits as themselves, A=10 … Z=35. */
const ORGANIZATION_VALUES = valueTable('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')
/** The weights of `codes/uscc`: 3^(i−1) mod 31, and GB 11714's for positions 9–16. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

const ROOT = `${LICENCE_IDENTIFIER_ROOT}.`
/** Offsets in `<root>.<type code 21>.<issuer 18>.<serial>.<version 3>.<check>`. */
const TYPE_START = ROOT.length
const TYPE_DOT = TYPE_START + 21
const ISSUER_END = TYPE_DOT + 1 + 18
const SHORTEST_IDENTIFIER = ISSUER_END + 1 + 1 + 1 + 3 + 1 + 1

/** `identifier.startsWith(ROOT)`, as a loop: the builtin call costs more than 15 comparisons. */
function startsWithRoot(identifier: string): boolean {
  for (let i = 0; i < TYPE_START; i++)
    if (identifier.charCodeAt(i) !== ROOT.charCodeAt(i)) return false
  return true
}

function valueAt(table: Int8Array, text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code < 128 ? (table[code] ?? -1) : -1
}

/**
 * MOD 37,36 steps as `codes/iso7064` computes them (sum = (product + value) mod 36 || 36, then
 * product = 2·sum mod 37), tabulated: two integer divisions per character were most of the cost.
 */
const MOD37_NEXT = new Uint8Array(37 * 36)
for (let product = 0; product < 37; product++) {
  for (let value = 0; value < 36; value++)
    MOD37_NEXT[product * 36 + value] = (2 * ((product + value) % 36 || 36)) % 37
}

function mod37Step(product: number, value: number): number {
  return MOD37_NEXT[product * 36 + value] ?? 0
}

/**
 * Answers `checkLicenceIdentifier(x).status === 'valid'` and `checkUscc(x).status === 'valid'`
 * at scan speed. The full checkers take microseconds each (they word every reason); here the
 * parts that repeat across a city's licences (a USCC's registration authority, category and
 * division; an identifier's type code and issuer) are judged once by the full checker and
 * remembered, and only the per-licence characters and check characters are computed, without
 * allocating. Whenever the fast reading is not a plain "valid", the full checker decides, so the
 * answer is always the checker's (a property test holds the two together).
 */
export class CodeValidity {
  /** First eight USCC characters as a base-31 number → no finding comes from them. */
  private readonly usccPrefixes = new Map<number, boolean>()
  /** FNV-1a hash of `typeCode.issuerCode` → that text and its MOD 37,36 product (-1: not valid). */
  private readonly identifierPrefixes = new Map<number, { text: string; product: number }>()
  /** The same products by type code, then issuer code. */
  private readonly productsByParts = new Map<string, Map<string, number>>()

  isValidUscc(code: string): boolean {
    return this.fastUscc(code) || checkUscc(code).status === 'valid'
  }

  /**
   * `typeCode` and `issuerCode` are the licence's own fields: when the identifier embeds exactly
   * them, their product is looked up by those strings (already hashed for other rules) instead
   * of reading the identifier's first 40 characters.
   */
  isValidIdentifier(identifier: string, typeCode?: string, issuerCode?: string): boolean {
    return (
      this.fastIdentifier(identifier, typeCode, issuerCode) ||
      checkLicenceIdentifier(identifier).status === 'valid'
    )
  }

  private usccPrefixClean(code: string, key: number): boolean {
    let clean = this.usccPrefixes.get(key)
    if (clean === undefined) {
      // Complete the prefix with a body whose check characters are right: any finding left is
      // the prefix's (registration authority, category, division).
      const first16 = `${code.slice(0, 8)}00000000`
      const first17 = `${first16}${ORGANIZATION_CHECK_CHARS[organizationCheckValue(first16)]}`
      clean = usccFindings(`${first17}${USCC_ALPHABET[usccCheckValue(first17)]}`).length === 0
      this.usccPrefixes.set(key, clean)
    }
    return clean
  }

  private fastUscc(code: string): boolean {
    if (code.length !== 18) return false
    let key = 0
    for (let i = 0; i < 8; i++) {
      const value = valueAt(USCC_VALUES, code, i)
      if (value < 0) return false
      key = key * 31 + value
    }
    if (!this.usccPrefixClean(code, key)) return false
    for (let i = 8; i < 18; i++) if (valueAt(USCC_VALUES, code, i) < 0) return false
    return (
      ORGANIZATION_CHECK_CHARS.charCodeAt(organizationCheckValue(code)) === code.charCodeAt(16) &&
      USCC_ALPHABET.charCodeAt(usccCheckValue(code)) === code.charCodeAt(17)
    )
  }

  /** The MOD 37,36 product after `typeCode.issuerCode` (dot skipped), or -1 when either part is not valid. */
  private identifierPrefixProduct(identifier: string, hash: number): number {
    const known = this.identifierPrefixes.get(hash)
    if (known && identifier.startsWith(known.text, TYPE_START)) return known.product
    const text = identifier.slice(TYPE_START, ISSUER_END)
    let product = -1
    if (
      licenceTypeCodeFindings(text.slice(0, 21)).length === 0 &&
      usccFindings(text.slice(22)).length === 0
    ) {
      product = 36
      for (let i = 0; i < text.length; i++)
        if (i !== 21) product = mod37Step(product, valueAt(MOD37_VALUES, text, i))
    }
    // On the rare hash collision the first text keeps the slot and the second is judged each time.
    if (!known) this.identifierPrefixes.set(hash, { text, product })
    return product
  }

  private prefixProduct(identifier: string, typeCode?: string, issuerCode?: string): number {
    if (
      typeCode?.length === 21 &&
      issuerCode?.length === 18 &&
      identifier.startsWith(typeCode, TYPE_START) &&
      identifier.startsWith(issuerCode, TYPE_DOT + 1)
    ) {
      let byIssuer = this.productsByParts.get(typeCode)
      if (!byIssuer) this.productsByParts.set(typeCode, (byIssuer = new Map()))
      let product = byIssuer.get(issuerCode)
      if (product === undefined)
        byIssuer.set(issuerCode, (product = this.hashedPrefixProduct(identifier)))
      return product
    }
    return this.hashedPrefixProduct(identifier)
  }

  private hashedPrefixProduct(identifier: string): number {
    let hash = 0x811c9dc5
    for (let i = TYPE_START; i < ISSUER_END; i++)
      hash = Math.imul(hash ^ identifier.charCodeAt(i), 16777619)
    // 30 bits keep the key a small integer, which a Map hashes without allocating.
    return this.identifierPrefixProduct(identifier, hash & 0x3fffffff)
  }

  private fastIdentifier(identifier: string, typeCode?: string, issuerCode?: string): boolean {
    const length = identifier.length
    const versionStart = length - 5
    if (
      length < SHORTEST_IDENTIFIER ||
      !startsWithRoot(identifier) ||
      identifier.charCodeAt(TYPE_DOT) !== 46 ||
      identifier.charCodeAt(ISSUER_END) !== 46 ||
      identifier.charCodeAt(versionStart - 1) !== 46 ||
      identifier.charCodeAt(length - 2) !== 46
    ) {
      return false
    }
    let product = this.prefixProduct(identifier, typeCode, issuerCode)
    if (product < 0) return false
    for (let i = ISSUER_END + 1; i < versionStart - 1; i++) {
      const value = valueAt(MOD37_VALUES, identifier, i)
      if (value < 0) return false
      product = mod37Step(product, value)
    }
    let versionNumber = 0
    for (let i = versionStart; i < versionStart + 3; i++) {
      const value = valueAt(MOD37_VALUES, identifier, i)
      if (value < 0 || value > 9) return false
      versionNumber = versionNumber * 10 + value
      product = mod37Step(product, value)
    }
    const check = valueAt(MOD37_VALUES, identifier, length - 1)
    return versionNumber > 0 && check >= 0 && (37 - product) % 36 === check
  }
}

const ORGANIZATION_CHECK_CHARS = '0123456789X0'

/** Index into ORGANIZATION_CHECK_CHARS of the GB 11714 check over positions 9–16 (0-based 8–15). */
function organizationCheckValue(code: string): number {
  let sum = 0
  for (let i = 0; i < 8; i++)
    sum += valueAt(ORGANIZATION_VALUES, code, 8 + i) * (ORGANIZATION_WEIGHTS[i] ?? 0)
  return 11 - (sum % 11)
}

/** Index into USCC_ALPHABET of the GB 32100 check over the first 17 characters. */
function usccCheckValue(code: string): number {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += valueAt(USCC_VALUES, code, i) * (USCC_WEIGHTS[i] ?? 0)
  return (31 - (sum % 31)) % 31
}
