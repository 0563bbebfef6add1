import fc from 'fast-check'
import {
  computeCitizenIdCheck,
  computeOrganizationCodeCheck,
  computeUsccCheck,
  PROVINCE_CODES,
  USCC_ALPHABET,
  type LicenceIdentifierParts
} from '../../../../src/shared/domain/codes'

const REGISTRATION_PREFIXES = ['11', '12', '19', '51', '52', '53', '91', '92', '93']

const divisionCode = fc.oneof(
  fc.constant('100000'),
  fc
    .tuple(
      fc.constantFrom(...PROVINCE_CODES),
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 0, max: 99 })
    )
    .map(
      ([province, prefecture, county]) =>
        `${province}${String(prefecture).padStart(2, '0')}${String(county).padStart(2, '0')}`
    )
    // Unknown 4110xx codes are flagged as possibly historical, so they are not "valid" here.
    .filter((code) => !code.startsWith('4110'))
)

const usccChar = fc.constantFrom(...USCC_ALPHABET)

/** Valid 统一社会信用代码 with verified registration codes. */
export const validUscc = fc
  .tuple(
    fc.constantFrom(...REGISTRATION_PREFIXES),
    divisionCode,
    fc.array(usccChar, { minLength: 8, maxLength: 8 })
  )
  .map(([prefix, division, body]) => {
    const organizationBody = body.join('')
    const first17 = `${prefix}${division}${organizationBody}${computeOrganizationCodeCheck(organizationBody)}`
    return `${first17}${computeUsccCheck(first17)}`
  })

const birthDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2025-12-31T00:00:00Z'),
    noInvalidDate: true
  })
  .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''))

/** Valid 18-digit 公民身份号码 (birth dates up to 2025, checked against today 2026-01-01). */
export const validCitizenId = fc
  .tuple(
    fc.constantFrom('110105', '411002', '411023', '440305', '650102'),
    birthDate,
    fc.integer({ min: 0, max: 999 })
  )
  .map(([address, date, sequence]) => {
    const first17 = `${address}${date}${String(sequence).padStart(3, '0')}`
    return `${first17}${computeCitizenIdCheck(first17)}`
  })

export const identifierParts: fc.Arbitrary<LicenceIdentifierParts> = fc.record({
  typeCode: fc
    .tuple(validUscc, fc.integer({ min: 0, max: 999 }))
    .map(([uscc, sequence]) => `${uscc}${String(sequence).padStart(3, '0')}`),
  issuerCode: validUscc,
  serial: fc
    .array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), {
      minLength: 1,
      maxLength: 24
    })
    .map((chars) => chars.join('')),
  version: fc.integer({ min: 1, max: 999 }).map((version) => String(version).padStart(3, '0'))
})

/** Every code that differs from `code` in exactly one character drawn from `alphabet`. */
export function* singleSubstitutions(code: string, alphabet: string): Generator<string> {
  for (let index = 0; index < code.length; index++) {
    for (const replacement of alphabet) {
      if (replacement !== code[index]) {
        yield `${code.slice(0, index)}${replacement}${code.slice(index + 1)}`
      }
    }
  }
}
