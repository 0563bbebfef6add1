/**
 * What the change analysis knows about a revision (pdf/diff/facts.ts, pdf/diff/form.ts), seen
 * through what the user reads for one incremental update: which page a change is on, which field
 * (ISO 32000-1 §12.7.3.2: a field's name joins the partial names /T of its ancestors with '.',
 * its widgets are kids without /T, /FT and /V are inherited), whether a field showed something
 * when signed, whether a signature field was signed by this very update. Each document here is a
 * few objects written by hand, analysed without signing.
 */
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { appendRevision, streamBody } from '../../../fixtures/pdf/writer'
import { openPdf } from '../../../../src/shared/domain/seals/pdf/document'
import { analyzeRevision } from '../../../../src/shared/domain/seals/pdf/modifications'
import { zh } from './words'

type Objects = Record<number, string>

const page = (annots: number[] = [], extra = '') =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${refs('Annots', annots)}${extra} >>`

const refs = (key: string, nums: number[]) =>
  nums.length > 0 ? ` /${key} [${nums.map((num) => `${num} 0 R`).join(' ')}]` : ''

/** One page (object 4) whose /Annots are `annots`, a form whose /Fields are `fields`. */
function form(fields: number[], annots: number[], objects: Objects, catalog = ''): Objects {
  return {
    1: `<< /Type /Catalog /Pages 2 0 R /AcroForm 3 0 R${catalog} >>`,
    2: '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    3: `<< /Fields [${fields.map((num) => `${num} 0 R`).join(' ')}] >>`,
    4: page(annots),
    ...objects
  }
}

/** The level and the descriptions of `update` written after `original`, sorted. */
function analysed(original: Objects, update: Objects) {
  const size = Math.max(...Object.keys({ ...original, ...update }).map(Number)) + 1
  const entries = (objects: Objects) =>
    Object.entries(objects).map(([num, body]) => [Number(num), body] as const)
  const first = appendRevision(undefined, entries(original), { size, root: 1 })
  const opened = openPdf(appendRevision(first, entries(update), { size, root: 1 }))
  if (!opened.ok) throw new Error(opened.error.code)
  const { level, changes } = analyzeRevision(opened.document, 1)
  return { level, changes: changes.map((change) => zh(change.description)).sort() }
}

const AREA = '/Type /Annot /Subtype /Widget /P 4 0 R /Rect [72 600 300 630]'
const NO_AREA = '/Type /Annot /Subtype /Widget /P 4 0 R /Rect [0 0 0 0]'
const FORM_XOBJECT = ' /Type /XObject /Subtype /Form /BBox [0 0 228 30]'
/** An appearance that shows text (Tj paints, ISO 32000-1 §9.4.2). */
const SHOWS_TEXT = streamBody('BT /Helv 12 Tf 2 8 Td (shown) Tj ET', FORM_XOBJECT)
/** An appearance that only sets state: it paints nothing. */
const PAINTS_NOTHING = streamBody('q Q', FORM_XOBJECT)
/** A signature dictionary (ISO 32000-1 §12.8.1): the /ByteRange it signs. */
const SIGNATURE = '<< /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 10 20 10] /Contents <00> >>'

describe('pages', () => {
  it('a page moved down by a page inserted before it is named by its place now', () => {
    const original = {
      ...form([], [], { 5: page() }),
      2: '<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>'
    }
    const result = analysed(original, {
      2: '<< /Type /Pages /Kids [6 0 R 5 0 R] /Count 3 >>',
      6: '<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 7 0 R] /Count 2 >>',
      4: '<< /Type /Page /Parent 6 0 R /MediaBox [0 0 595 842] >>',
      7: '<< /Type /Page /Parent 6 0 R /MediaBox [0 0 595 842] >>',
      5: page([], ' /Rotate 90')
    })
    expect(result.level).toBe('other')
    expect(result.changes).toContain('第 3 页的 /Rotate 被修改')
    expect(result.changes).not.toContain('第 2 页的 /Rotate 被修改')
  })

  it('an open action pointing at page 1 does not turn a comment on that page into a failure', () => {
    const comment = '<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (note) >>'
    expect(
      analysed(form([], [], {}, ' /OpenAction [4 0 R /Fit]'), { 4: page([20]), 20: comment })
    ).toEqual({ level: 'annotations', changes: ['在第 1 页新增批注（/Text）'] })
  })

  it('a script rewritten in place in an existing open action is found', () => {
    const original = form([], [], { 20: '<< /S /JavaScript /JS (app.alert\\(1\\)) >>' })
    original[1] = '<< /Type /Catalog /Pages 2 0 R /AcroForm 3 0 R /OpenAction 20 0 R >>'
    expect(analysed(original, { 20: '<< /S /JavaScript /JS (this.print\\(\\)) >>' })).toEqual({
      level: 'other',
      changes: ['文档的 /OpenAction 被修改（/JS）']
    })
  })
})

describe('form values', () => {
  const text = (name: string, value: string, extra = '') =>
    `<< /FT /Tx /T (${name}) /V ${value} ${AREA}${extra} >>`

  it('filling an empty field does not hide that a shown field was rewritten in the same update', () => {
    const original = form([10, 11], [10, 11], { 10: text('a', '()'), 11: text('b', '(shown)') })
    expect(analysed(original, { 10: text('a', '(filled)'), 11: text('b', '(other)') })).toEqual({
      level: 'form-filling',
      changes: ['修改了签署时已有内容的表单域「b」，请核对其现值', '填写了表单域「a」'].sort()
    })
  })

  it('redrawing a filled field does not let another field turn red without a new value', () => {
    const original = form([10, 11], [10, 11], {
      10: text('a', '()', ' /AP << /N 20 0 R >>'),
      11: text('b', '(shown)'),
      20: PAINTS_NOTHING
    })
    const result = analysed(original, {
      10: text('a', '(filled)', ' /AP << /N 21 0 R >>'),
      11: text('b', '(shown)', ' /MK << /BG [1 0 0] >>'),
      21: SHOWS_TEXT
    })
    expect(result).toEqual({
      level: 'other',
      changes: [
        '填写了表单域「a」',
        '更新了表单域「a」的外观',
        '表单域「b」的值未变，外观却被修改'
      ].sort()
    })
  })

  it('a field with two widgets showed its value if either widget painted it', () => {
    const original = form([10], [11, 12], {
      10: '<< /FT /Tx /T (plate) /V () /Kids [11 0 R 12 0 R] >>',
      11: `<< /Parent 10 0 R ${AREA} /AP << /N 20 0 R >> >>`,
      12: `<< /Parent 10 0 R ${AREA} >>`,
      20: SHOWS_TEXT
    })
    expect(
      analysed(original, { 10: '<< /FT /Tx /T (plate) /V (other) /Kids [11 0 R 12 0 R] >>' })
    ).toEqual({
      level: 'form-filling',
      changes: ['修改了签署时已有内容的表单域「plate」，请核对其现值']
    })
  })

  it('an appearance left on a field dictionary whose widgets are its kids was never drawn', () => {
    const original = form([10], [11], {
      10: '<< /FT /Tx /T (plate) /V () /Kids [11 0 R] /Rect [72 600 300 630] /AP << /N 20 0 R >> >>',
      11: `<< /Parent 10 0 R ${AREA} >>`,
      20: SHOWS_TEXT
    })
    const filled =
      '<< /FT /Tx /T (plate) /V (filled) /Kids [11 0 R] /Rect [72 600 300 630] /AP << /N 20 0 R >> >>'
    expect(analysed(original, { 10: filled })).toEqual({
      level: 'form-filling',
      changes: ['填写了表单域「plate」']
    })
  })

  it('a field renamed after signing is reported under its new name, which showed nothing then', () => {
    const original = form([10], [10], { 10: text('old', '(shown)') })
    expect(analysed(original, { 10: text('new', '(other)') })).toEqual({
      level: 'other',
      changes: ['填写了表单域「new」', '表单域「new」的 /T 被修改'].sort()
    })
  })
  it('a field whose every appearance entry changed reads its large appearance once, within the file’s decompression allowance', () => {
    // 8 MB decoded from a few kilobytes: a file this small may inflate 64 MB in all (budget.ts).
    const spaces = deflateSync(Buffer.alloc(8 * 1024 * 1024, ' ')).toString('latin1')
    const large = `<< /Length ${spaces.length} /Filter /FlateDecode${FORM_XOBJECT} >>\nstream\n${spaces}\nendstream`
    const characteristics = '/R 90 /BC [0] /BG [1] /CA (a) /RC (b) /AC (c) /IF << >> /TP 1'
    const original = form([10], [10], {
      10: text('a', '()', ' /AP << /N 20 0 R >> /MK << >>'),
      20: large
    })
    const redrawn = ` /AP << /N 20 0 R >> /MK << ${characteristics} >> /DA (/Helv 9 Tf 0 g) /Q 1 /F 4`
    // An appearance longer than a viewer's would be is taken to paint (visibility.ts).
    expect(analysed(original, { 10: text('a', '(x)', redrawn) })).toEqual({
      level: 'form-filling',
      changes: ['修改了签署时已有内容的表单域「a」，请核对其现值']
    })
  })
})

describe('field names', () => {
  it('a field under a parent is named parent.child', () => {
    const original = form([10], [11], {
      10: '<< /FT /Tx /T (person) /Kids [11 0 R] >>',
      11: `<< /T (name) /Parent 10 0 R /V () ${AREA} >>`
    })
    expect(analysed(original, { 11: `<< /T (name) /Parent 10 0 R /V (Zhang) ${AREA} >>` })).toEqual(
      { level: 'form-filling', changes: ['填写了表单域「person.name」'] }
    )
  })

  it('a field listing itself among its kids is still one field, named once', () => {
    const loop = (extra: string) => `<< /FT /Tx /T (a) /Kids [10 0 R]${extra} >>`
    expect(analysed(form([10], [], { 10: loop('') }), { 10: loop(' /TU (tip)') })).toEqual({
      level: 'other',
      changes: ['表单域「a」的 /TU 被修改']
    })
  })

  it('a widget claimed first by a signature field stays its own: redrawing it is not filling a text field that lists it too', () => {
    const original = form([10, 11], [20], {
      10: '<< /FT /Sig /T (Sig1) /Kids [20 0 R] >>',
      11: '<< /FT /Tx /T (x) /V () /Kids [20 0 R] >>',
      20: `<< /Parent 10 0 R ${AREA} /AP << /N 21 0 R >> >>`,
      21: PAINTS_NOTHING
    })
    const result = analysed(original, {
      11: '<< /FT /Tx /T (x) /V (filled) /Kids [20 0 R] >>',
      20: `<< /Parent 10 0 R ${AREA} /AP << /N 22 0 R >> >>`,
      22: SHOWS_TEXT
    })
    expect(result).toEqual({
      level: 'other',
      changes: [
        '填写了表单域「x」',
        '签名域「Sig1」的外观被修改，而该签名域未在此次更新中签署'
      ].sort()
    })
  })

  /** Fields nested `levels` deep below /Fields (objects 10, 11, …), the deepest one a text field. */
  function nested(levels: number, value: string): Objects {
    const objects: Objects = {}
    for (let level = 0; level < levels; level++) {
      const num = 10 + level
      objects[num] =
        level === levels - 1
          ? `<< /FT /Tx /T (a) /V ${value} ${AREA} >>`
          : `<< /T (a) /Kids [${num + 1} 0 R] >>`
    }
    return objects
  }

  it('a field 32 levels below the form is read: filling it is form filling', () => {
    const original = form([10], [42], nested(33, '()'))
    expect(analysed(original, { 42: nested(33, '(x)')[42]! })).toEqual({
      level: 'form-filling',
      changes: [`填写了表单域「${Array(33).fill('a').join('.')}」`]
    })
  })

  it('a field nested deeper than that is not taken for a field: changing it fails', () => {
    const original = form([10], [43], nested(34, '()'))
    expect(analysed(original, { 43: nested(34, '(x)')[43]! })).toEqual({
      level: 'other',
      changes: ['修改了第 1 页的批注', '表单域数组中出现了无法识别的对象'].sort()
    })
  })

  /** /Fields listing field 10 `padding` times, then field 11 (ISO allows no repeat; a forger may). */
  function padded(padding: number): Objects {
    const original = form([], [10, 11], {
      10: `<< /FT /Tx /T (pad) ${AREA} >>`,
      11: `<< /FT /Tx /T (b) /V () ${AREA} >>`
    })
    original[3] = `<< /Fields [${'10 0 R '.repeat(padding)}11 0 R] >>`
    return original
  }

  it('the 100,000th entry of /Fields is read: filling it is form filling', () => {
    expect(analysed(padded(99_999), { 11: `<< /FT /Tx /T (b) /V (x) ${AREA} >>` })).toEqual({
      level: 'form-filling',
      changes: ['填写了表单域「b」']
    })
  })

  it('a field hidden behind 100,000 entries of /Fields is not taken for a field: changing it fails', () => {
    expect(analysed(padded(100_000), { 11: `<< /FT /Tx /T (b) /V (x) ${AREA} >>` })).toEqual({
      level: 'other',
      changes: ['修改了第 1 页的批注', '表单域数组中出现了无法识别的对象'].sort()
    })
  })
})

describe('signing', () => {
  const sigField = (name: string, extra = '', area = NO_AREA) =>
    `<< /FT /Sig /T (${name}) ${area}${extra} >>`

  it('an empty field written with /V null is signed by a new signature dictionary', () => {
    const original = form([10], [10], { 10: sigField('Approval', ' /V null') })
    expect(analysed(original, { 10: sigField('Approval', ' /V 30 0 R'), 30: SIGNATURE })).toEqual({
      level: 'signatures-dss-timestamps',
      changes: ['签署了签名域「Approval」']
    })
  })

  it('an empty field pointed at the signature already in the file is not signed now (a copied seal)', () => {
    const original = form([10, 11], [10, 11], {
      10: sigField('Sig1', ' /V 30 0 R'),
      11: sigField('Approval'),
      30: SIGNATURE
    })
    expect(analysed(original, { 11: sigField('Approval', ' /V 30 0 R') })).toEqual({
      level: 'other',
      changes: ['签名域「Approval」被指向一个并非本次签署的签名']
    })
  })

  it('an empty field pointed at a new dictionary without /ByteRange is not signed', () => {
    const original = form([10], [10], { 10: sigField('Approval') })
    const notSigned = '<< /Type /Sig /Filter /Adobe.PPKLite /Contents <00> >>'
    expect(analysed(original, { 10: sigField('Approval', ' /V 30 0 R'), 30: notSigned })).toEqual({
      level: 'other',
      changes: ['签名域「Approval」被指向一个并非本次签署的签名']
    })
  })

  it('a signed field given another signature and a new seal image: the image is no new signing', () => {
    const seal = (signature: number, image: number) =>
      sigField('Sig1', ` /V ${signature} 0 R /AP << /N ${image} 0 R >>`, AREA)
    const original = form([10], [10], { 10: seal(30, 31), 30: SIGNATURE, 31: PAINTS_NOTHING })
    expect(analysed(original, { 10: seal(32, 33), 32: SIGNATURE, 33: SHOWS_TEXT })).toEqual({
      level: 'other',
      changes: [
        '签名域「Sig1」的外观被修改，而该签名域未在此次更新中签署',
        '签名域「Sig1」的签名被改指向其他签名字典'
      ].sort()
    })
  })

  it('signing one field does not make another signature field’s new look a signing', () => {
    const original = form([10, 11], [10, 11], {
      10: sigField('Sig2'),
      11: sigField('Approval', ' /AP << /N << /On 20 0 R /Off 21 0 R >> >> /AS /Off', AREA),
      20: SHOWS_TEXT,
      21: PAINTS_NOTHING
    })
    const approval = sigField(
      'Approval',
      ' /AP << /N << /On 20 0 R /Off 21 0 R >> >> /AS /On',
      AREA
    )
    expect(
      analysed(original, { 10: sigField('Sig2', ' /V 30 0 R'), 11: approval, 30: SIGNATURE })
    ).toEqual({
      level: 'other',
      changes: [
        '签名域「Approval」的外观被修改，而该签名域未在此次更新中签署',
        '签署了签名域「Sig2」'
      ].sort()
    })
  })

  it('a signature written on the parent of signature fields is not the signing of a field', () => {
    const original = form([10], [11], {
      10: '<< /FT /Sig /T (sigs) /Kids [11 0 R] >>',
      11: `<< /T (a) /Parent 10 0 R ${NO_AREA} >>`
    })
    const signedParent = '<< /FT /Sig /T (sigs) /Kids [11 0 R] /V 30 0 R >>'
    expect(analysed(original, { 10: signedParent, 30: SIGNATURE })).toEqual({
      level: 'other',
      changes: ['签名域「sigs」被指向一个并非本次签署的签名']
    })
  })
})

describe('new signature fields', () => {
  /** `fields` added to the form and page 1 of an empty form, with `objects`. */
  const added = (fields: number[], annots: number[], objects: Objects) =>
    analysed(form([], [], {}), {
      3: `<< /Fields [${fields.map((num) => `${num} 0 R`).join(' ')}] >>`,
      4: page(annots),
      ...objects
    })

  it('an unsigned field beside a signed one may not paint over the page', () => {
    expect(
      added([10, 11], [10, 11], {
        10: `<< /FT /Sig /T (Sig2) ${NO_AREA} /V 30 0 R >>`,
        11: `<< /FT /Sig /T (Overlay) ${AREA} /AP << /N 20 0 R >> >>`,
        20: SHOWS_TEXT,
        30: SIGNATURE
      })
    ).toEqual({
      level: 'other',
      changes: [
        '新增的签名域「Overlay」尚未签名，却带有可见外观，可能遮盖已签名的内容',
        '新增签名域「Sig2」并签署'
      ].sort()
    })
  })

  it('an unsigned field may not paint over the page with one of its two widgets', () => {
    expect(
      added([10], [11, 12], {
        10: '<< /FT /Sig /T (Overlay) /Kids [11 0 R 12 0 R] >>',
        11: `<< /Parent 10 0 R ${AREA} /AP << /N 20 0 R >> >>`,
        12: `<< /Parent 10 0 R ${NO_AREA} >>`,
        20: SHOWS_TEXT
      })
    ).toEqual({
      level: 'other',
      changes: ['新增的签名域「Overlay」尚未签名，却带有可见外观，可能遮盖已签名的内容']
    })
  })
})
