/**
 * Filling a form after signing (pdf/diff/facts.ts): filling what was empty is form filling;
 * changing what the signer saw — a text, a ticked box, a chosen option, or a value that was
 * shown only by its appearance — needs a person to look (the shadow attacks' "replace"). Empty
 * is an empty string, /Off or no choice (ISO 32000-1 §12.7.4.2.3, §12.7.4.4).
 */
import { describe, expect, it } from 'vitest'
import type { LicenceDocument } from '../../../fixtures/pdf/licence'
import { streamBody } from '../../../fixtures/pdf/writer'
import { verify } from './helpers'
import { edited, licenceWithField, signedFrom } from './whitelist-cases'
import { zh } from './words'

const field = (extra: string) => (_num: number, page: number) =>
  `<< /T (extra) /Type /Annot /Subtype /Widget /Rect [72 400 300 430] /P ${page} 0 R ${extra} >>`

async function afterChange(base: () => LicenceDocument, from: string, to: string) {
  const pdf = await signedFrom(base)
  const bytes = edited(pdf, fieldNumber(pdf), (body) => body.replace(from, to))
  const report = await verify(bytes)
  const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
  return {
    words: signature.modification.changes.map((change) => zh(change.description)),
    verdict: signature.verdict.status
  }
}

/** The field titled (extra), found in the signed document's objects. */
function fieldNumber(pdf: LicenceDocument): number {
  for (const [num, body] of pdf.objects) if (body.includes('/T (extra)')) return num
  throw new Error('the extra field is missing')
}

const FILLED = { words: ['填写了表单域「extra」'], verdict: 'passed' }
const REWRITTEN = {
  words: ['修改了签署时已有内容的表单域「extra」，请核对其现值'],
  verdict: 'indeterminate'
}

describe('a value filled in after signing', () => {
  it.each([
    ['an empty text', '/FT /Tx /V ()', '/V ()', '/V (filled)', FILLED],
    ['an empty text removed', '/FT /Tx /V ()', ' /V ()', '', FILLED],
    ['a text the signer saw', '/FT /Tx /V (shown)', '/V (shown)', '/V (other)', REWRITTEN],
    ['a box left unticked (/Off)', '/FT /Btn /V /Off', '/V /Off', '/V /Yes', FILLED],
    ['a ticked box', '/FT /Btn /V /Yes', '/V /Yes', '/V /Off', REWRITTEN],
    ['an empty name', '/FT /Btn /V /', '/V /', '/V /Yes', FILLED],
    ['no option chosen', '/FT /Ch /Opt [(a) (b)] /V []', '/V []', '/V [(a)]', FILLED],
    ['a chosen option', '/FT /Ch /Opt [(a) (b)] /V [(a)]', '/V [(a)]', '/V [(b)]', REWRITTEN],
    ['a number', '/FT /Tx /V 5', '/V 5', '/V 6', REWRITTEN],
    ['a rich value (a dictionary)', '/FT /Tx /V << /X 1 >>', '/V << /X 1 >>', '/V (x)', REWRITTEN]
  ])('%s', async (_, body, from, to, expected) => {
    expect(await afterChange(() => licenceWithField(field(body)), from, to)).toEqual(expected)
  })

  it('an empty value whose appearance showed text: the signer saw it', async () => {
    const base = () =>
      licenceWithField(
        (num, page) =>
          `<< /FT /Tx /T (extra) /V () /Type /Annot /Subtype /Widget /Rect [72 400 300 430] /P ${page} 0 R /AP << /N ${num + 1} 0 R >> >>`,
        (doc) =>
          streamBody(
            'BT /Helv 12 Tf 2 8 Td (shown) Tj ET',
            ` /Type /XObject /Subtype /Form /BBox [0 0 228 30] /Resources << /Font << /Helv ${doc.font} 0 R >> >>`
          )
      )
    expect(await afterChange(base, '/V ()', '/V (other)')).toEqual(REWRITTEN)
  })
})
