import { computeCitizenIdCheck } from '../codes/citizen-id'
import { computeOrganizationCodeCheck, computeUsccCheck, USCC_ALPHABET } from '../codes/uscc'
import type { IsoDate } from '../calendar/iso-date'
import type { SeededRandom } from './prng'

/**
 * Builds a USCC with both check characters right: registration department + category (e.g. `11`
 * 机关, `12` 事业单位, `91` 企业, `92` 个体工商户), a 6-digit division, and an 8-character body.
 */
export function usccFromParts(prefix: string, division: string, body: string): string {
  const first16 = `${prefix}${division}${body}`
  const first17 = `${first16}${computeOrganizationCodeCheck(body) ?? '0'}`
  return `${first17}${computeUsccCheck(first17) ?? '0'}`
}

/** Government bodies keep their old numeric 组织机构代码; enterprises after 2015 have `MA…`. */
export function randomUscc(random: SeededRandom, prefix: string, division: string): string {
  const body = prefix.startsWith('9')
    ? `MA${random.string(USCC_ALPHABET, 6)}`
    : `${random.pick(['00', '01', '41', 'MB'])}${random.string('0123456789', 6)}`
  return usccFromParts(prefix, division, body)
}

/** The same code with its 18th character replaced by a wrong one: a planted checksum failure. */
export function breakUsccCheck(random: SeededRandom, uscc: string): string {
  const good = uscc[17] ?? '0'
  const wrong = USCC_ALPHABET.replace(good, '')
  return `${uscc.slice(0, 17)}${random.pick([...wrong])}`
}

/** A valid 18-digit 公民身份号码 for someone born on `birthDate`, registered in `division`. */
export function randomCitizenId(
  random: SeededRandom,
  division: string,
  birthDate: IsoDate
): string {
  const sequence = String(random.int(1, 999)).padStart(3, '0')
  const first17 = `${division}${birthDate.replaceAll('-', '')}${sequence}`
  return `${first17}${computeCitizenIdCheck(first17)}`
}

/** A lower-case hex string of `length` characters, e.g. a stand-in file hash. */
export function randomHex(random: SeededRandom, length: number): string {
  return random.string('0123456789abcdef', length)
}
