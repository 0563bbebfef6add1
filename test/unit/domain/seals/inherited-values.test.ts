/**
 * A value shown through inheritance (ISO 32000-1 §12.7.3.1: /V is inheritable): a terminal
 * field with no /V of its own shows the /V of its nearest ancestor that has one. Rewriting that
 * ancestor's /V after signing rewrites what the signer saw on the page, exactly as rewriting the
 * terminal field's own /V would (the shadow attacks' "hide-and-replace"): a person must look.
 * Filling an ancestor whose inheriting fields showed nothing, or one whose kids show their own
 * values, is plain form filling.
 */
import { describe, expect, it } from 'vitest'
import { type LicenceDocument, licenceDocument } from '../../../fixtures/pdf/licence'
import { acroFormBody, pageWithAnnots, update } from '../../../fixtures/pdf/writer'
import { verify } from './helpers'
import { edited, signedFrom } from './whitelist-cases'
import { zh } from './words'

const WIDGET = '/Type /Annot /Subtype /Widget /Rect [72 400 300 430]'

/**
 * The licence document with a family of fields: `bodies(first, page)` are written as objects
 * `first`, `first + 1`, …; the first is the root field listed in /Fields, the objects at the
 * offsets `widgets` are put on page 1.
 */
function licenceWithFamily(
  bodies: (first: number, page: number) => string[],
  widgets: number[]
): LicenceDocument {
  const pdf = licenceDocument()
  const page = pdf.pages[0]!
  const first = pdf.size
  const written = bodies(first, page)
  const annots = [...(pdf.annots.get(page) ?? []), ...widgets.map((offset) => first + offset)]
  const changes = new Map<number, string>(written.map((body, k) => [first + k, body]))
  changes.set(page, pageWithAnnots(pdf, page, annots))
  changes.set(pdf.acroForm!, acroFormBody([...pdf.fields, first]))
  return {
    ...pdf,
    ...update(pdf, changes, {
      size: first + written.length,
      fields: [...pdf.fields, first],
      annots: new Map([...pdf.annots, [page, annots]])
    })
  }
}

/** Signs `base` as Sig1, then rewrites in one update the field titled `title` (from → to). */
async function afterChange(base: () => LicenceDocument, title: string, from: string, to: string) {
  const pdf = await signedFrom(base)
  const bytes = edited(pdf, fieldNumber(pdf, title), (body) => body.replace(from, to))
  const report = await verify(bytes)
  const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
  return {
    words: signature.modification.changes.map((change) => zh(change.description)),
    level: signature.modification.level,
    verdict: signature.verdict.status,
    summary: zh(signature.verdict.summary)
  }
}

function fieldNumber(pdf: LicenceDocument, title: string): number {
  for (const [num, body] of pdf.objects) if (body.includes(`/T (${title})`)) return num
  throw new Error(`no field titled ${title}`)
}

/** person (/V on the parent) → person.name (a widget with no /V of its own). */
const parentAndKid = (parentValue: string, kidExtra: string) => () =>
  licenceWithFamily(
    (first, page) => [
      `<< /FT /Tx /T (person) ${parentValue} /Kids [${first + 1} 0 R] >>`,
      `<< /T (name) /Parent ${first} 0 R ${WIDGET} /P ${page} 0 R${kidExtra} >>`
    ],
    [1]
  )

/** person (/V) → person.name (no /V, not a widget) → person.name.first (a widget, no /V). */
const grandparent = (parentExtra: string) => () =>
  licenceWithFamily(
    (first, page) => [
      `<< /FT /Tx /T (person) /V (Zhang) /Kids [${first + 1} 0 R] >>`,
      `<< /T (name) /Parent ${first} 0 R /Kids [${first + 2} 0 R]${parentExtra} >>`,
      `<< /T (first) /Parent ${first + 1} 0 R ${WIDGET} /P ${page} 0 R >>`
    ],
    [2]
  )

const REVIEW = (name: string) => ({
  words: [`修改了签署时已有内容的表单域「${name}」，请核对其现值`],
  level: 'form-filling',
  verdict: 'indeterminate',
  summary: '签名后修改了签署时已显示的表单内容，请人工核对'
})

describe('a value a kid field inherits, changed on its parent after signing', () => {
  it('the kid showed the inherited value: rewriting the parent’s /V needs a person (hide-and-replace)', async () => {
    expect(
      await afterChange(parentAndKid('/V (Zhang)', ''), 'person', '/V (Zhang)', '/V (Li)')
    ).toEqual(REVIEW('person'))
  })

  it('the kid showed nothing (an empty inherited value, no appearance): filling the parent is form filling', async () => {
    const result = await afterChange(parentAndKid('/V ()', ''), 'person', '/V ()', '/V (Li)')
    expect(result.words).toEqual(['填写了表单域「person」'])
    expect(result.level).toBe('form-filling')
    expect(result.verdict).toBe('passed')
  })

  it('a kid with a /V of its own showed its own value: the parent’s /V changing is form filling', async () => {
    const result = await afterChange(
      parentAndKid('/V (Zhang)', ' /V (Wang)'),
      'person',
      '/V (Zhang)',
      '/V (Li)'
    )
    expect(result.words).toEqual(['填写了表单域「person」'])
    expect(result.level).toBe('form-filling')
    expect(result.verdict).toBe('passed')
  })

  it('a kid whose /V is null has no /V of its own (ISO 32000-1 §7.3.9): it showed the parent’s', async () => {
    expect(
      await afterChange(parentAndKid('/V (Zhang)', ' /V null'), 'person', '/V (Zhang)', '/V (Li)')
    ).toEqual(REVIEW('person'))
  })

  it('two levels up: a grandparent’s /V shown through a parent without /V needs a person', async () => {
    expect(await afterChange(grandparent(''), 'person', '/V (Zhang)', '/V (Li)')).toEqual(
      REVIEW('person')
    )
  })

  it('a /V written on the parent in between replaces the grandparent’s value the kid showed', async () => {
    expect(await afterChange(grandparent(''), 'name', '/Kids', '/V (Li) /Kids')).toEqual(
      REVIEW('person.name')
    )
  })

  it('the parent’s own /V shields the kid from the grandparent: the grandparent’s /V changing is form filling', async () => {
    const result = await afterChange(grandparent(' /V (Wang)'), 'person', '/V (Zhang)', '/V (Li)')
    expect(result.words).toEqual(['填写了表单域「person」'])
    expect(result.verdict).toBe('passed')
  })
})
