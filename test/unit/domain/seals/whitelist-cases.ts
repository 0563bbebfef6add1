/**
 * Single-key updates after an approval signature on the licence document, one per place the
 * whitelist (pdf/diff/roles.ts, judge.ts) tells apart, for whitelist.test.ts.
 */
import { cmsBlob } from '../../../fixtures/pdf'
import { type SignedLicence, signScenario } from '../../../fixtures/pdf/attacks/scenario'
import { type LicenceDocument, licenceDocument } from '../../../fixtures/pdf/licence'
import { acroFormBody, appendRevision, pageWithAnnots, update } from '../../../fixtures/pdf/writer'

/** The licence document signed once (field Sig1), with the test RSA signer. */
export const signedLicence = (certify?: 1 | 2 | 3): Promise<SignedLicence> =>
  signScenario(
    {
      category: '',
      name: '',
      expected: 'passed',
      after: (pdf) => pdf.bytes,
      ...(certify ? { certify } : {})
    },
    cmsBlob('rsa')
  )

/** Object `num` rewritten with `edit` applied to its body. */
export const edited = (pdf: SignedLicence, num: number, edit: (body: string) => string) =>
  update(pdf, new Map([[num, edit(pdf.objects.get(num)!)]])).bytes

/** `entry` added at the end of object `num`'s dictionary. */
export const withEntry = (pdf: SignedLicence, num: number, entry: string) =>
  edited(pdf, num, (body) => body.replace(/>>\s*$/, ` ${entry} >>`))

/** `entry` added to the trailer of a new revision that changes nothing else. */
export const withTrailerEntry = (
  pdf: SignedLicence,
  entry: string,
  objects: Array<[number, string]> = []
) =>
  appendRevision(pdf.bytes, objects, {
    size: pdf.size + objects.length,
    root: pdf.catalog,
    extra: ` ${entry}`
  })

/** A new object after the document's last, with `body`. */
export const withNewObject = (
  pdf: SignedLicence,
  body: string,
  into: (num: number) => [number, string]
) => {
  const num = pdf.size
  const [target, targetBody] = into(num)
  return update(
    pdf,
    new Map([
      [num, body],
      [target, targetBody]
    ]),
    { size: num + 1 }
  ).bytes
}

/** `base` (an update of the licence document) signed once as Sig1 with the test RSA signer. */
export const signedFrom = (base: () => LicenceDocument): Promise<SignedLicence> =>
  signScenario(
    { category: '', name: '', expected: 'passed', base, after: (pdf) => pdf.bytes },
    cmsBlob('rsa')
  )

/** The licence document with `count` more text fields on page 1, all drawn by one appearance. */
export function licenceWithSharedAppearance(count: number): LicenceDocument {
  const pdf = licenceDocument()
  const page = pdf.pages[0]!
  const first = pdf.size
  const fields = Array.from({ length: count }, (_, k) => first + k)
  const changes = new Map<number, string>(
    fields.map((num, k) => [
      num,
      `<< /FT /Tx /T (copy${k}) /V (qualified) /Type /Annot /Subtype /Widget /Rect [0 0 10 10] /P ${page} 0 R /AP << /N ${pdf.statusAppearance} 0 R >> >>`
    ])
  )
  const annots = [...(pdf.annots.get(page) ?? []), ...fields]
  changes.set(page, pageWithAnnots(pdf, page, annots))
  changes.set(pdf.acroForm!, acroFormBody([...pdf.fields, ...fields]))
  return {
    ...pdf,
    ...update(pdf, changes, {
      size: first + count,
      fields: [...pdf.fields, ...fields],
      annots: new Map([...pdf.annots, [page, annots]])
    })
  }
}

/** The licence document whose first page carries, besides its widgets, a direct comment. */
export function licenceWithDirectComment(): LicenceDocument {
  const pdf = licenceDocument()
  const page = pdf.pages[0]!
  const body = pdf.objects
    .get(page)!
    .replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${DIRECT_COMMENT}]`)
  return { ...pdf, ...update(pdf, new Map([[page, body]])) }
}

export const DIRECT_COMMENT =
  '<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /Contents (seen) >>'

/**
 * The licence document with one more field on page 1, written as `body`; `appearance`, when
 * given, is the object after it (`num + 1`).
 */
export function licenceWithField(
  body: (num: number, page: number) => string,
  appearance?: (pdf: LicenceDocument) => string
): LicenceDocument {
  const pdf = licenceDocument()
  const page = pdf.pages[0]!
  const field = pdf.size
  const annots = [...(pdf.annots.get(page) ?? []), field]
  const changes = new Map<number, string>([
    [field, body(field, page)],
    [page, pageWithAnnots(pdf, page, annots)],
    [pdf.acroForm!, acroFormBody([...pdf.fields, field])]
  ])
  if (appearance) changes.set(field + 1, appearance(pdf))
  return {
    ...pdf,
    ...update(pdf, changes, {
      size: field + (appearance ? 2 : 1),
      fields: [...pdf.fields, field],
      annots: new Map([...pdf.annots, [page, annots]])
    })
  }
}
