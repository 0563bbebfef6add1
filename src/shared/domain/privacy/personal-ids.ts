import { checkCitizenId, type CitizenIdOptions } from '../codes/citizen-id'
import type { Licence } from '../licences/licence'
import type { HolderCodeHasher } from './holder-hash'
import { maskIdNumber } from './mask'

/** 18 characters not inside a longer run of digits: 17 digits and a check character. */
const ID_CANDIDATE = /(?<!\d)\d{17}[\dX](?![\dX])/gi

/**
 * The 公民身份号码 inside free text (a 证照编号 such as a driving licence's, a name field that
 * carries a number): 18-character runs with a real birth date and a correct GB 11643 check
 * character. Legacy 15-digit numbers have no check, so in free text they cannot be told from
 * other numbers and are left alone.
 */
export function findCitizenIds(text: string, options: CitizenIdOptions = {}): string[] {
  const found: string[] = []
  for (const match of text.matchAll(ID_CANDIDATE)) {
    const code = match[0].toUpperCase()
    if (checkCitizenId(code, options).status !== 'invalid') found.push(code)
  }
  return found
}

/** The text with each ID number in it masked (`maskIdNumber`); the rest as it was. */
export function maskCitizenIdsIn(text: string, options: CitizenIdOptions = {}): string {
  return text.replace(ID_CANDIDATE, (candidate) =>
    checkCitizenId(candidate, options).status === 'invalid' ? candidate : maskIdNumber(candidate)
  )
}

/**
 * A licence as it may be stored: an ID number found in its 证照编号 or its holder's name is
 * masked there, and its keyed hash kept in `personalIdHashes`, so a search by that full number
 * still finds it. A licence without one comes back unchanged.
 */
export async function protectLicenceIds(
  licence: Licence,
  hash: HolderCodeHasher,
  options: CitizenIdOptions = {}
): Promise<Licence> {
  const ids = [
    ...findCitizenIds(licence.number, options),
    ...findCitizenIds(licence.holder.name, options)
  ]
  if (ids.length === 0) return licence
  const hashes = await Promise.all([...new Set(ids)].map((id) => hash(id)))
  return {
    ...licence,
    number: maskCitizenIdsIn(licence.number, options),
    holder: { ...licence.holder, name: maskCitizenIdsIn(licence.holder.name, options) },
    personalIdHashes: hashes
  }
}
