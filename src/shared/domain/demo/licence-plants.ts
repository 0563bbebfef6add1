import { MOD37_36_ALPHABET } from '../codes/iso7064'
import type { Licence } from '../licences/licence'
import type { RawHolder } from '../privacy/stored-holder'
import { breakUsccCheck } from './codes'
import type { PlantedRuleId } from './ground-truth'
import { PLANTED_RATES } from './ground-truth'
import type { SeededRandom } from './prng'

/** The licence-level violations, at most one of which is planted in any licence. */
export type LicencePlant = Extract<
  PlantedRuleId,
  | 'catalog.unregistered-type'
  | 'metadata.missing'
  | 'data.expired-shown-valid'
  | 'data.invalid-code'
  | 'data.missing-seal'
>

const LICENCE_PLANTS: readonly LicencePlant[] = [
  'catalog.unregistered-type',
  'metadata.missing',
  'data.expired-shown-valid',
  'data.invalid-code',
  'data.missing-seal'
]

/** One uniform draw split into the plant rates; null (an honest licence) for the remainder. */
export function pickLicencePlant(random: SeededRandom): LicencePlant | null {
  let draw = random.next()
  for (const plant of LICENCE_PLANTS) {
    draw -= PLANTED_RATES[plant].rate
    if (draw < 0) return plant
  }
  return null
}

/** Breaks an organisation holder's USCC check character before the holder is stored. */
export function breakHolderCode(random: SeededRandom, holder: RawHolder): RawHolder {
  return holder.codeType === '001'
    ? { ...holder, code: breakUsccCheck(random, holder.code) }
    : holder
}

/** Replaces the 证照标识's MOD 37,36 check character with a wrong one. */
export function breakIdentifierCheck(random: SeededRandom, identifier: string): string {
  const good = identifier.slice(-1)
  return `${identifier.slice(0, -1)}${random.pick([...MOD37_36_ALPHABET.replace(good, '')])}`
}

const MANDATORY_METADATA = [
  'number',
  'holderName',
  'holderCode',
  'issueDate',
  'issuingAuthorityCode'
] as const

/** Blanks one piece of mandatory metadata, as a business system sending an empty field would. */
export function blankMandatoryMetadata(random: SeededRandom, licence: Licence): void {
  switch (random.pick(MANDATORY_METADATA)) {
    case 'number':
      licence.number = ''
      return
    case 'holderName':
      licence.holder.name = ''
      return
    case 'holderCode':
      licence.holder.code = ''
      licence.holder.codeHash = null
      return
    case 'issueDate':
      licence.issueDate = ''
      return
    case 'issuingAuthorityCode':
      licence.issuingAuthorityCode = ''
  }
}
