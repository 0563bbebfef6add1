import type { CitizenIdOptions } from '../codes/citizen-id'
import type { HolderCodeHasher } from './holder-hash'
import { normalizeHolderCode } from './holder-hash'
import { maskIdNumber } from './mask'
import { findCitizenIds, maskCitizenIdsIn } from './personal-ids'
import { isPersonalIdNumber, maskHolderCode } from './stored-holder'

type Body = Record<string, unknown>

function isRecord(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The shape every ID number, and every near miss of one, has (see isPersonalIdNumber): a USCC
 * with a letter in it is told apart here without its checks.
 */
const ID_SHAPE = /^(?:\d{15}|\d{17}[\dX])$/

/**
 * A natural person's code as a library of record sends it (GB/T 36906 carries it whole): not yet
 * masked. An organisation's code that is, or may be, an ID number is a person's too.
 */
function isClearPersonalCode(holder: Body, code: string): boolean {
  if (code === '' || code.includes('*')) return false
  return holder['category'] !== 'organization' || (ID_SHAPE.test(code) && isPersonalIdNumber(code))
}

/** 17 digits in a row: what every 公民身份号码 in free text begins with (see findCitizenIds). */
const DIGIT_RUN = /\d{17}/

/**
 * Whether a licence body may hold personal data to protect; a row without any (the 演示库's,
 * already masked, or an organisation's) is kept as it came without waiting for anything.
 */
export function mayHoldPersonalIds(data: Body): boolean {
  const holder = data['holder']
  if (isRecord(holder)) {
    const code = holder['code']
    if (typeof code === 'string' && isClearPersonalCode(holder, normalizeHolderCode(code))) {
      return true
    }
    const name = holder['name']
    if (typeof name === 'string' && DIGIT_RUN.test(name)) return true
  }
  const number = data['number']
  return typeof number === 'string' && DIGIT_RUN.test(number)
}

async function protectHolder(
  holder: Body,
  hash: HolderCodeHasher | null,
  options: CitizenIdOptions
): Promise<Body> {
  const raw = holder['code']
  if (typeof raw !== 'string') return holder
  const code = normalizeHolderCode(raw)
  if (!isClearPersonalCode(holder, code)) return holder
  return {
    ...holder,
    code: holder['codeType'] === '111' ? maskIdNumber(code) : maskHolderCode(code, options),
    codeHash: hash ? await hash(code) : null
  }
}

/**
 * A licence from the library made fit to keep (个人信息最小化): a natural person's 持证主体代码
 * is masked and replaced by its keyed hash, and an ID number in the 证照编号 or the holder's name
 * is masked there with its hash added to `personalIdHashes`, so an exact search by the full
 * number still finds it. Rows a library already masked (the 演示库, hashed with this
 * installation's key) come back as they were. Without a key (`hash` null: the headless mirror,
 * which has none) codes are masked and no hash is kept. Bodies are read as received: a field of
 * an unexpected shape is left for the compliance rules to report.
 */
export async function protectIncomingLicence(
  data: Body,
  hash: HolderCodeHasher | null,
  options: CitizenIdOptions = {}
): Promise<Body> {
  const holder = isRecord(data['holder'])
    ? await protectHolder(data['holder'], hash, options)
    : data['holder']
  const number = typeof data['number'] === 'string' ? data['number'] : null
  const name = isRecord(holder) && typeof holder['name'] === 'string' ? holder['name'] : null
  const texts = [number, name].filter((text) => text !== null)
  const ids = [...new Set(texts.flatMap((text) => findCitizenIds(text, options)))]
  if (ids.length === 0) return holder === data['holder'] ? data : { ...data, holder }
  const known = Array.isArray(data['personalIdHashes']) ? data['personalIdHashes'] : []
  const hashes = hash ? await Promise.all(ids.map((id) => hash(id))) : []
  return {
    ...data,
    ...(number === null ? {} : { number: maskCitizenIdsIn(number, options) }),
    holder:
      isRecord(holder) && name !== null
        ? { ...holder, name: maskCitizenIdsIn(name, options) }
        : holder,
    personalIdHashes: [...new Set([...known, ...hashes])]
  }
}
