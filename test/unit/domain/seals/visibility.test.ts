/**
 * Whether something added after signing can show anything (pdf/diff/visibility.ts), judged as a
 * reader would: a new, unsigned signature field may be added only when it paints nothing — no
 * painting operator of ISO 32000-1 (§8.5.3 path painting, §9.4.2 text showing, §8.8 Do, §8.7.4.2
 * sh, §8.9.7 inline images), no zero-size or hidden widget, no background or border colour — and
 * a comment may be added only when it runs nothing but navigation (§12.6.4: GoTo, URI, Named,
 * Thread).
 */
import { deflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { Budget, BudgetExceeded } from '../../../../src/shared/domain/seals/pdf/budget'
import { streamPaints } from '../../../../src/shared/domain/seals/pdf/diff/visibility'
import { openPdf } from '../../../../src/shared/domain/seals/pdf/document'
import type { SignedLicence } from '../../../fixtures/pdf/attacks/scenario'
import { addUnsignedField, annotate } from '../../../fixtures/pdf/attacks/updates'
import { acroFormBody, pageWithAnnots, streamBody, update } from '../../../fixtures/pdf/writer'
import { verify } from './helpers'
import { signedLicence } from './whitelist-cases'
import { zh } from './words'

let pdf: SignedLicence
// Signing starts the test PKI, which can take a while on a busy machine.
beforeAll(async () => {
  pdf = await signedLicence()
}, 60_000)

const verdictOf = async (bytes: Uint8Array) => {
  const report = await verify(bytes)
  const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
  return {
    level: signature.modification.level,
    words: signature.modification.changes.map((change) => zh(change.description))
  }
}

const appearance = (content: string) =>
  streamBody(
    content,
    ` /Type /XObject /Subtype /Form /BBox [0 0 200 60] /Resources << /Font << /F1 7 0 R >> >>`
  )

const VISIBLE_RECT = '/Rect [72 300 272 360]'
const PAINTS = {
  level: 'other',
  words: ['新增的签名域「Overlay」尚未签名，却带有可见外观，可能遮盖已签名的内容']
}
const SHOWS_NOTHING = {
  level: 'signatures-dss-timestamps',
  words: ['新增空白签名域「Overlay」']
}

describe('a new unsigned signature field', () => {
  it.each([
    ['fills a path (f)', '0 0 200 60 re f'],
    ['fills with the obsolete F', '0 0 200 60 re F'],
    ['fills even-odd (f*)', '0 0 200 60 re f*'],
    ['fills and strokes (B)', '0 0 200 60 re B'],
    ['fills and strokes even-odd (B*)', '0 0 200 60 re B*'],
    ['closes, fills and strokes (b)', '0 0 200 60 re b'],
    ['closes, fills and strokes even-odd (b*)', '0 0 200 60 re b*'],
    ['strokes (S)', '0 0 m 200 60 l S'],
    ['closes and strokes (s)', '0 0 m 200 60 l s'],
    ['shows text (Tj)', 'BT /F1 24 Tf 10 20 Td (VOID) Tj ET'],
    ['shows text with kerning (TJ)', 'BT /F1 24 Tf 10 20 Td [(VO) -20 (ID)] TJ ET'],
    ["moves and shows text (')", "BT /F1 24 Tf 10 20 Td (VOID) ' ET"],
    ['sets spacing and shows text (")', 'BT /F1 24 Tf 10 20 Td 1 1 (VOID) " ET'],
    ['draws an XObject (Do)', '/Img Do'],
    ['paints a shading (sh)', '/Sh1 sh'],
    ['draws an inline image (BI … ID … EI)', 'BI /W 1 /H 1 /CS /G /BPC 8 ID \x00 EI']
  ])('that %s paints: illegal', async (_, content) => {
    expect(await verdictOf(addUnsignedField(pdf, VISIBLE_RECT, appearance(content)))).toEqual(
      PAINTS
    )
  })

  it.each([
    ['an empty appearance', ''],
    ['a path that is never painted (n)', '0 0 200 60 re n'],
    [
      'only state: colours, a saved and restored state, an empty text object',
      'q 1 0 0 rg 0 G Q BT ET'
    ],
    ['text operators that show nothing', 'BT /F1 24 Tf 10 20 Td ET']
  ])('with %s shows nothing: allowed', async (_, content) => {
    expect(await verdictOf(addUnsignedField(pdf, VISIBLE_RECT, appearance(content)))).toEqual(
      SHOWS_NOTHING
    )
  })

  const painting = appearance('0 0 200 60 re f')
  it.each([
    ['of zero width', '/Rect [72 300 72 360]'],
    ['of zero height', '/Rect [72 300 272 300]'],
    ['hidden (/F 2)', `${VISIBLE_RECT} /F 2`],
    ['not viewed (/F 32)', `${VISIBLE_RECT} /F 32`]
  ])('with a painting appearance but %s shows nothing: allowed', async (_, widget) => {
    expect(await verdictOf(addUnsignedField(pdf, widget, painting))).toEqual(SHOWS_NOTHING)
  })

  it('printed and viewed (/F 4) with a painting appearance: illegal', async () => {
    expect(await verdictOf(addUnsignedField(pdf, `${VISIBLE_RECT} /F 4`, painting))).toEqual(PAINTS)
  })

  it.each([
    ['a background colour (/MK /BG)', `${VISIBLE_RECT} /MK << /BG [1 1 1] >>`, PAINTS],
    ['a border colour (/MK /BC)', `${VISIBLE_RECT} /MK << /BC [0 0 0] >>`, PAINTS],
    ['empty colour arrays (transparent)', `${VISIBLE_RECT} /MK << /BG [] /BC [] >>`, SHOWS_NOTHING]
  ])('without an appearance but with %s', async (_, widget, expected) => {
    expect(await verdictOf(addUnsignedField(pdf, widget))).toEqual(expected)
  })

  it('with an appearance per state, one of which paints: illegal', async () => {
    const page = pdf.pages[0]!
    const bytes = addUnsignedField(
      pdf,
      `${VISIBLE_RECT} /AP << /N << /Off ${pdf.size + 1} 0 R /On ${pdf.size + 1} 0 R >> >> /P ${page} 0 R`,
      painting
    )
    expect((await verdictOf(bytes)).level).toBe('other')
  })
})

describe('a new comment with an action', () => {
  const link = (action: string) =>
    annotate(pdf, `<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A ${action} >>`).bytes
  const NAVIGATES = { level: 'annotations', words: ['在第 1 页新增批注（/Link）'] }
  const RUNS = { level: 'other', words: ['在第 1 页新增的批注带有脚本或其他主动动作'] }

  it.each([
    ['goes to a page (GoTo)', '<< /S /GoTo /D [4 0 R /Fit] >>', NAVIGATES],
    ['opens a web address (URI)', '<< /S /URI /URI (https://www.xuchang.gov.cn/) >>', NAVIGATES],
    ['runs a named menu item (Named)', '<< /S /Named /N /NextPage >>', NAVIGATES],
    ['follows an article thread (Thread)', '<< /S /Thread /D 0 >>', NAVIGATES],
    ['runs JavaScript', '<< /S /JavaScript /JS (app.alert\\(1\\)) >>', RUNS],
    ['launches a program (Launch)', '<< /S /Launch /F (cmd.exe) >>', RUNS],
    ['submits a form (SubmitForm)', '<< /S /SubmitForm /F (https://example.org/) >>', RUNS],
    ['has no action type', '<< /D 0 >>', RUNS]
  ])('that %s', async (_, action, expected) => {
    expect(await verdictOf(link(action))).toEqual(expected)
  })

  it('with an additional action (/AA) that runs JavaScript on opening the page: illegal', async () => {
    const bytes = annotate(
      pdf,
      `<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /AA << /PO << /S /JavaScript /JS (1) >> >> >>`
    ).bytes
    expect(await verdictOf(bytes)).toEqual(RUNS)
  })

  it('with an additional action that only navigates: a comment', async () => {
    const bytes = annotate(
      pdf,
      `<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /AA << /PO << /S /URI /URI (https://a.example/) >> >> >>`
    ).bytes
    expect(await verdictOf(bytes)).toEqual({
      level: 'annotations',
      words: ['在第 1 页新增批注（/Text）']
    })
  })
})

/**
 * A new unsigned signature field on page 1 whose normal appearance is a dictionary of states
 * (ISO 32000-1 §12.5.5: /AP /N maps each state to a stream, /AS picks the one shown).
 */
function addFieldWithStates(widget: string, states: Record<string, string>): Uint8Array {
  const page = pdf.pages[0]!
  const field = pdf.size
  const names = Object.keys(states)
  const entries = names.map((name, k) => `/${name} ${field + 1 + k} 0 R`).join(' ')
  const changes = new Map<number, string>([
    [
      field,
      `<< /FT /Sig /T (Overlay) /Type /Annot /Subtype /Widget /P ${page} 0 R ${widget} /AP << /N << ${entries} >> >> >>`
    ],
    [page, pageWithAnnots(pdf, page, [...(pdf.annots.get(page) ?? []), field])],
    [pdf.acroForm!, acroFormBody([...pdf.fields, field])]
  ])
  names.forEach((name, k) => changes.set(field + 1 + k, appearance(states[name]!)))
  return update(pdf, changes, { size: field + 1 + names.length }).bytes
}

describe('a new unsigned signature field with appearance states', () => {
  const FILLED = '0 0 200 60 re f'

  it('showing /Off, which draws nothing, while /On paints: allowed', async () => {
    const bytes = addFieldWithStates(`${VISIBLE_RECT} /AS /Off`, { On: FILLED, Off: '' })
    expect(await verdictOf(bytes)).toEqual(SHOWS_NOTHING)
  })

  it('showing /On, which paints: illegal', async () => {
    const bytes = addFieldWithStates(`${VISIBLE_RECT} /AS /On`, { On: FILLED, Off: '' })
    expect(await verdictOf(bytes)).toEqual(PAINTS)
  })

  it('showing /Off, a state it has no appearance for, while /On paints: allowed', async () => {
    const bytes = addFieldWithStates(`${VISIBLE_RECT} /AS /Off`, { On: FILLED })
    expect(await verdictOf(bytes)).toEqual(SHOWS_NOTHING)
  })

  it('naming no state, with /On painting and /Off empty: illegal, since a viewer may show /On', async () => {
    const bytes = addFieldWithStates(VISIBLE_RECT, { On: FILLED, Off: '' })
    expect(await verdictOf(bytes)).toEqual(PAINTS)
  })
})

describe('an appearance that cannot be read through', () => {
  it('compressed with Flate but not decodable: taken to paint', async () => {
    const garbage = 'not flate data at all'
    const stream = `<< /Type /XObject /Subtype /Form /BBox [0 0 200 60] /Filter /FlateDecode /Length ${garbage.length} >>\nstream\n${garbage}\nendstream`
    expect(await verdictOf(addUnsignedField(pdf, VISIBLE_RECT, stream))).toEqual(PAINTS)
  })

  it('of one byte over 1 MiB, painting nothing: taken to paint without reading', async () => {
    const bytes = addUnsignedField(pdf, VISIBLE_RECT, appearance(' '.repeat(1024 * 1024 + 1)))
    expect(await verdictOf(bytes)).toEqual(PAINTS)
  })

  it('of exactly 1 MiB, painting nothing: read, and allowed', async () => {
    const bytes = addUnsignedField(pdf, VISIBLE_RECT, appearance(' '.repeat(1024 * 1024)))
    expect(await verdictOf(bytes)).toEqual(SHOWS_NOTHING)
  })

  it('decoded past the decompression allowance of the file: refused', () => {
    const content = deflateSync(Buffer.from('0 0 200 60 re n')).toString('latin1')
    const bytes = addUnsignedField(
      pdf,
      VISIBLE_RECT,
      `<< /Type /XObject /Subtype /Form /BBox [0 0 200 60] /Filter /FlateDecode /Length ${content.length} >>\nstream\n${content}\nendstream`
    )
    const budget = Budget.unlimited()
    budget.fitTo(bytes.length)
    const opened = openPdf(bytes, budget)
    if (!opened.ok) throw new Error(opened.error.code)
    const { document } = opened
    const stream = document.object(pdf.size + 1, document.lastRevision)!.value
    budget.spendInflate(budget.inflateAllowance - 4)
    expect(() => streamPaints(document, stream)).toThrow(BudgetExceeded)
  })
})
