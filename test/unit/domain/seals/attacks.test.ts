/**
 * Every attack in test/fixtures/pdf/attacks.ts must not pass, and every legitimate update there
 * must pass, whoever signed: RSA, ECDSA and SM2 (CMS), and a GB/T 38540 seal.
 */
import { describe, expect, it } from 'vitest'
import { type BlobBuilder, cmsBlob, sesBlob } from '../../../fixtures/pdf'
import { SCENARIOS, signScenario } from '../../../fixtures/pdf/attacks'
import { reasonOf, verify } from './helpers'
import { message } from '../../../../src/shared/i18n'
import { zh } from './words'

const ALL_SIGNERS: ReadonlyArray<[string, BlobBuilder]> = [
  ['RSA', cmsBlob('rsa')],
  ['ECDSA', cmsBlob('ecdsa')],
  ['SM2', cmsBlob('sm2')],
  ['GB/T 38540 seal', sesBlob(4)]
]
// Mutation testing (vitest.mutation.mts) names one signer: the analysis of what changed after
// signing is the same whoever signed, and four times the suite per mutant buys no kill.
const only = process.env.MUTATION_SIGNERS?.split(',')
const SIGNERS = only ? ALL_SIGNERS.filter(([name]) => only.includes(name)) : ALL_SIGNERS

describe.each(SIGNERS)('signed with %s', (_, blob) => {
  it.each(SCENARIOS.map((scenario) => [`${scenario.category}: ${scenario.name}`, scenario]))(
    '%s',
    async (_name, scenario) => {
      const signed = await signScenario(scenario, blob)
      const untouched = await verify(signed.bytes)
      expect(reasonOf(untouched.signatures[0]!.verdict)).toBe('passed')

      const report = await verify(await scenario.after(signed, blob))
      const first = report.signatures.find((signature) => signature.fieldName === 'Sig1')
      expect(first, 'the first signature is still reported').toBeDefined()
      const verdict = reasonOf(first!.verdict)
      expect(verdict, JSON.stringify(first!.modification.changes)).toBe(scenario.expected)
      if (scenario.expected !== 'passed') expect(report.verdict.status).not.toBe('passed')
    }
  )
})

describe('what the user is told', () => {
  it('an allowed comment passes with the change listed and a warning', async () => {
    const scenario = SCENARIOS.find((s) => s.name === 'a comment after an approval signature')!
    const signed = await signScenario(scenario, cmsBlob('rsa'))
    const [first] = (await verify(await scenario.after(signed, cmsBlob('rsa')))).signatures
    expect(first!.modification.level).toBe('annotations')
    expect(first!.modification.changes.map((change) => zh(change.description))).toEqual([
      '在第 1 页新增批注（/Text）'
    ])
    expect(first!.warnings).toContain('seals.warning.annotationsAddedAfterSigning')
  })

  it('a hidden page content names the page whose content changed', async () => {
    const scenario = SCENARIOS.find((s) => s.name.startsWith('an update of the xref only'))!
    const signed = await signScenario(scenario, cmsBlob('rsa'))
    const [first] = (await verify(await scenario.after(signed, cmsBlob('rsa')))).signatures
    expect(first!.modification.changes).toContainEqual(
      expect.objectContaining({
        level: 'other',
        description: message('seals.change.contentStream', {
          page: message('seals.change.page.number', { number: 1 })
        }),
        page: 0
      })
    )
  })

  it('a replaced form value is flagged for review, saying which field', async () => {
    const scenario = SCENARIOS.find((s) => s.name === 'the status field value replaced')!
    const signed = await signScenario(scenario, cmsBlob('rsa'))
    const [first] = (await verify(await scenario.after(signed, cmsBlob('rsa')))).signatures
    expect(first!.modification.changes).toContainEqual(
      expect.objectContaining({
        level: 'form-filling',
        review: true,
        description: message('seals.change.valueRewritten', { name: 'status' })
      })
    )
  })
})
