/**
 * How the paired walk compares two revisions (pdf/diff/walk.ts), seen through what the user
 * reads: a stream stored differently but decoding to the same bytes is no change; a value moved
 * into its own object is the same value; direct comments are compared like indirect ones; an
 * appearance shared by dozens of fields belongs to none of them; a loop ends.
 */
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { Budget, BudgetExceeded } from '../../../../src/shared/domain/seals/pdf/budget'
import { RevisionFacts } from '../../../../src/shared/domain/seals/pdf/diff/facts'
import { type Diff, PairedWalk } from '../../../../src/shared/domain/seals/pdf/diff/walk'
import { openPdf } from '../../../../src/shared/domain/seals/pdf/document'
import { LICENCE_CONTENT, licenceDocument } from '../../../fixtures/pdf/licence'
import { type FixturePdf, streamBody, update } from '../../../fixtures/pdf/writer'
import { verify } from './helpers'
import {
  DIRECT_COMMENT,
  edited,
  licenceWithDirectComment,
  licenceWithSharedAppearance,
  signedFrom,
  signedLicence,
  withEntry
} from './whitelist-cases'
import { zh } from './words'

const first = async (bytes: Uint8Array) => {
  const report = await verify(bytes)
  const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
  return {
    level: signature.modification.level,
    changes: signature.modification.changes.map((change) => zh(change.description)),
    review: signature.modification.changes.some((change) => change.review === true),
    verdict: signature.verdict.status
  }
}

const flated = (content: string, extra = '') => {
  const data = deflateSync(Buffer.from(content, 'latin1')).toString('latin1')
  return `<< /Length ${data.length} /Filter /FlateDecode${extra} >>\nstream\n${data}\nendstream`
}

describe('streams are compared by what they decode to', () => {
  it('the page content re-encoded with Flate, same text: no change', async () => {
    const pdf = await signedLicence()
    const bytes = update(pdf, new Map([[pdf.contents[0]!, flated(LICENCE_CONTENT)]])).bytes
    expect(await first(bytes)).toEqual({
      level: 'none',
      changes: [],
      review: false,
      verdict: 'passed'
    })
  })

  it('re-encoded with an extra /DL (decoded length), same text: no change', async () => {
    const pdf = await signedLicence()
    const bytes = update(
      pdf,
      new Map([[pdf.contents[0]!, flated(LICENCE_CONTENT, ` /DL ${LICENCE_CONTENT.length}`)]])
    ).bytes
    expect((await first(bytes)).level).toBe('none')
  })

  it('re-encoded with another text: the content changed', async () => {
    const pdf = await signedLicence()
    const bytes = update(
      pdf,
      new Map([[pdf.contents[0]!, flated(LICENCE_CONTENT.replace('REVOKED', 'VALID!!'))]])
    ).bytes
    expect(await first(bytes)).toEqual({
      level: 'other',
      changes: ['第 1 页的内容流被修改'],
      review: false,
      verdict: 'failed'
    })
  })

  it('the same bytes with a new dictionary entry: the entry changed', async () => {
    const pdf = await signedLicence()
    const body = pdf.objects.get(pdf.cover)!.replace('/BBox', '/Matrix [2 0 0 2 0 0] /BBox')
    const bytes = update(pdf, new Map([[pdf.cover, body]])).bytes
    expect((await first(bytes)).level).toBe('other')
  })
})

describe('values are compared, not where they are stored', () => {
  it("the status field's value moved into its own object, unchanged: no change", async () => {
    const pdf = await signedLicence()
    const value = pdf.size
    const field = pdf.objects.get(pdf.status)!.replace('/V (qualified)', `/V ${value} 0 R`)
    const bytes = update(
      pdf,
      new Map([
        [value, '(qualified)'],
        [pdf.status, field]
      ]),
      { size: value + 1 }
    ).bytes
    expect(await first(bytes)).toEqual({
      level: 'none',
      changes: [],
      review: false,
      verdict: 'passed'
    })
  })

  it('moved and changed to REVOKED: a value the signer saw was rewritten', async () => {
    const pdf = await signedLicence()
    const value = pdf.size
    const field = pdf.objects.get(pdf.status)!.replace('/V (qualified)', `/V ${value} 0 R`)
    const bytes = update(
      pdf,
      new Map([
        [value, '(REVOKED)'],
        [pdf.status, field]
      ]),
      { size: value + 1 }
    ).bytes
    expect(await first(bytes)).toEqual({
      level: 'form-filling',
      changes: ['修改了签署时已有内容的表单域「status」，请核对其现值'],
      review: true,
      verdict: 'indeterminate'
    })
  })
})

describe('comments written directly into the page', () => {
  it('a direct comment left alone: no change', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    expect((await first(withEntry(pdf, pdf.orphan, '/Seen true'))).level).toBe('none')
  })

  it('its text edited: the comment changed, which an approval signature allows', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    const bytes = edited(pdf, pdf.pages[0]!, (body) => body.replace('(seen)', '(edited)'))
    expect(await first(bytes)).toEqual({
      level: 'annotations',
      changes: ['修改了第 1 页的批注'],
      review: false,
      verdict: 'passed'
    })
  })

  it('given an action that runs a script: illegal', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    const bytes = edited(pdf, pdf.pages[0]!, (body) =>
      body.replace('/Contents (seen)', '/Contents (seen) /A << /S /JavaScript /JS (1) >>')
    )
    expect(await first(bytes)).toEqual({
      level: 'other',
      changes: ['第 1 页的批注被加上了脚本或其他主动动作'],
      review: false,
      verdict: 'failed'
    })
  })

  it('given an action that only navigates: the comment changed', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    const bytes = edited(pdf, pdf.pages[0]!, (body) =>
      body.replace(
        '/Contents (seen)',
        '/Contents (seen) /A << /S /URI /URI (https://a.example/) >>'
      )
    )
    expect(await first(bytes)).toMatchObject({ level: 'annotations', verdict: 'passed' })
  })

  it('given an appearance of its own: the comment changed', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    const bytes = edited(pdf, pdf.pages[0]!, (body) =>
      body.replace('/Contents (seen)', `/Contents (seen) /AP << /N ${pdf.statusAppearance} 0 R >>`)
    )
    expect(await first(bytes)).toMatchObject({ level: 'annotations', verdict: 'passed' })
  })

  it('pointed at another page (/P): a link, compared by what it points at', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    const bytes = edited(pdf, pdf.pages[0]!, (body) =>
      body.replace('/Contents (seen)', `/Contents (seen) /P ${pdf.pages[1]} 0 R`)
    )
    expect(await first(bytes)).toMatchObject({ level: 'annotations', verdict: 'passed' })
  })

  it('removed: an illegal change', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    const bytes = edited(pdf, pdf.pages[0]!, (body) => body.replace(` ${DIRECT_COMMENT}`, ''))
    expect(await first(bytes)).toEqual({
      level: 'other',
      changes: ['删除了第 1 页的批注或控件'],
      review: false,
      verdict: 'failed'
    })
  })

  it('a second direct comment added: a new comment', async () => {
    const pdf = await signedFrom(licenceWithDirectComment)
    const bytes = edited(pdf, pdf.pages[0]!, (body) =>
      body.replace(DIRECT_COMMENT, `${DIRECT_COMMENT} ${DIRECT_COMMENT.replace('seen', 'again')}`)
    )
    expect(await first(bytes)).toEqual({
      level: 'annotations',
      changes: ['在第 1 页新增批注（/Text）'],
      review: false,
      verdict: 'passed'
    })
  })
})

describe('objects shared beyond any one owner', () => {
  it('an appearance drawn by 40 fields, rewritten: no single field may change it', async () => {
    const pdf = await signedFrom(() => licenceWithSharedAppearance(40))
    const bytes = edited(pdf, pdf.statusAppearance, (body) =>
      body.replace('qualified', 'REVOKED!!')
    )
    const outcome = await first(bytes)
    expect(outcome.level).toBe('other')
    expect(outcome.changes).toContain('一个被许多对象共用的对象被修改')
    expect(outcome.verdict).toBe('failed')
  })

  it('the same appearance drawn by 40 fields, left alone: no change', async () => {
    const pdf = await signedFrom(() => licenceWithSharedAppearance(40))
    expect((await first(withEntry(pdf, pdf.orphan, '/Seen true'))).level).toBe('none')
  })
})

describe('loops end', () => {
  it('an object pointing at itself added to the catalog: judged, quickly', async () => {
    const pdf = await signedLicence()
    const loop = pdf.size
    const catalog = pdf.objects.get(pdf.catalog)!.replace(/>>$/, ` /Outlines ${loop} 0 R >>`)
    const bytes = update(
      pdf,
      new Map([
        [loop, `<< /Type /Outlines /First ${loop} 0 R /Last ${loop} 0 R /Next ${loop} 0 R >>`],
        [pdf.catalog, catalog]
      ]),
      { size: loop + 1 }
    ).bytes
    const started = performance.now()
    expect(await first(bytes)).toEqual({
      level: 'other',
      changes: ['文档目录的 /Outlines 被修改'],
      review: false,
      verdict: 'failed'
    })
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

/** The paired walk of the last update in `bytes` against the revision before it. */
function differences(bytes: Uint8Array, budget?: Budget): Diff[] {
  const opened = openPdf(bytes, budget)
  if (!opened.ok) throw new Error(opened.error.code)
  const { document } = opened
  const last = document.revisions.length - 1
  return new PairedWalk(document, new RevisionFacts(document, last - 1, last)).run()
}

/** A difference in a line: the role it was found under (with its page or name), the key, how. */
function described(diff: Diff): string {
  const role = diff.role
  const detail =
    'name' in role
      ? role.name
      : 'what' in role
        ? role.what
        : 'page' in role && role.page !== undefined
          ? `page ${role.page + 1}`
          : undefined
  return `${role.kind}${detail === undefined ? '' : `(${detail})`} ${diff.key} ${diff.change}`
}

const found = (bytes: Uint8Array): string[] => differences(bytes).map(described).sort()

/** The licence document with `changes` made in a revision of its own: the "signed" revision. */
function licenceWith(changes: Array<[number, string]>): FixturePdf {
  const pdf = licenceDocument()
  return update(pdf, new Map(changes), { size: Math.max(pdf.size, ...changes.map(([n]) => n + 1)) })
}

/** An update of `pdf` that rewrites or adds `changes`. */
const after = (pdf: FixturePdf, changes: Array<[number, string]>): Uint8Array =>
  update(pdf, new Map(changes)).bytes

const body = (pdf: FixturePdf, num: number): string => pdf.objects.get(num)!

/** Object numbers of the licence document (test/fixtures/pdf/licence.ts) and the first free one. */
const CATALOG = 1
const ACROFORM = 3
const PAGE_1 = 4
const CONTENT_1 = 5
const FONT = 7
const STATUS = 8
const STATUS_APPEARANCE = 9
const APPROVAL = 11
const PAGE_2 = 15
const CONTENT_2 = 16
const FREE = 92

const addedTo = (dict: string, entry: string) => dict.replace(/>>\s*$/, ` ${entry} >>`)
const SIGNATURE = '<< /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 10 20 30] /Contents <00> >>'
const COMMENT = '<< /Type /Annot /Subtype /Text /Rect [400 700 420 720] /Contents (late) >>'

describe('an object reached along several paths is compared once per role', () => {
  it('the font of both pages, the cover, the form and the status appearance, changed: found once in each role', () => {
    const pdf = licenceDocument()
    const bytes = after(pdf, [[FONT, body(pdf, FONT).replace('Helvetica', 'Courier')]])
    expect(
      differences(bytes)
        .map((d) => `${d.role.kind} ${d.key} ${d.change}`)
        .sort()
    ).toEqual([
      'field-appearance BaseFont changed',
      'form-resources BaseFont changed',
      'page-content BaseFont changed'
    ])
  })

  it('page 1 made to draw the content of page 2: page 1 content changed', () => {
    const pdf = licenceDocument()
    const page = body(pdf, PAGE_1).replace(
      `/Contents ${CONTENT_1} 0 R`,
      `/Contents ${CONTENT_2} 0 R`
    )
    expect(found(after(pdf, [[PAGE_1, page]]))).toEqual([
      'page-content(page 1) Length changed',
      'page-content(page 1) data changed'
    ])
  })

  it('two pages drawing one content stream, page 1 given its own with other text: page 1 content changed', () => {
    const pdf = licenceWith([
      [
        PAGE_2,
        licenceDocument()
          .objects.get(PAGE_2)!
          .replace(/\/Contents \d+ 0 R/, `/Contents ${CONTENT_1} 0 R`)
      ]
    ])
    const own = body(pdf, PAGE_1).replace(`/Contents ${CONTENT_1} 0 R`, `/Contents ${FREE} 0 R`)
    const bytes = after(pdf, [
      [FREE, streamBody('BT /F1 16 Tf 72 760 Td (Licence status: VALID) Tj ET')],
      [PAGE_1, own]
    ])
    expect(found(bytes)).toEqual([
      'page-content(page 1) Length changed',
      'page-content(page 1) data changed'
    ])
  })
})

describe('bookmarks point at pages and fields, they do not own them', () => {
  const OUTLINES = FREE
  const BOOKMARK = FREE + 1
  const bookmark = (dest: string, extra = '') =>
    `<< /Title (Status) /Parent ${OUTLINES} 0 R /Dest [${dest} /XYZ 0 842 0] /C [0 0 0]${extra} >>`
  const withBookmark = (dest: string) =>
    licenceWith([
      [CATALOG, addedTo(licenceDocument().objects.get(CATALOG)!, `/Outlines ${OUTLINES} 0 R`)],
      [OUTLINES, `<< /Type /Outlines /First ${BOOKMARK} 0 R /Last ${BOOKMARK} 0 R /Count 1 >>`],
      [BOOKMARK, bookmark(dest)]
    ])
  const toPage1 = `${PAGE_1} 0 R`

  it('its title changed: found in the bookmark', () => {
    const pdf = withBookmark(toPage1)
    const bytes = after(pdf, [[BOOKMARK, body(pdf, BOOKMARK).replace('(Status)', '(Valid)')]])
    expect(found(bytes)).toEqual(['foreign(Outlines) Title changed'])
  })

  it('its colour changed: found in the colour array', () => {
    const pdf = withBookmark(toPage1)
    const bytes = after(pdf, [[BOOKMARK, body(pdf, BOOKMARK).replace('/C [0 0 0]', '/C [1 0 0]')]])
    expect(found(bytes)).toEqual(['foreign(Outlines) [0] changed'])
  })

  it('re-pointed from page 1 to page 2: its destination changed, the pages are not compared', () => {
    const pdf = withBookmark(toPage1)
    const bytes = after(pdf, [[BOOKMARK, bookmark(`${PAGE_2} 0 R`)]])
    expect(differences(bytes)).toMatchObject([
      {
        role: { kind: 'foreign', what: 'Outlines' },
        key: '[0]',
        change: 'changed',
        before: { kind: 'ref', num: PAGE_1 },
        after: { kind: 'ref', num: PAGE_2 }
      }
    ])
  })

  it('left alone while page 1 gets a comment: the comment is found once, as the page’s', () => {
    const pdf = withBookmark(toPage1)
    const page = body(pdf, PAGE_1).replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${FREE + 2} 0 R]`)
    const bytes = update(
      pdf,
      new Map([
        [FREE + 2, COMMENT],
        [PAGE_1, page]
      ]),
      { size: FREE + 3 }
    ).bytes
    expect(found(bytes)).toEqual(['annots(page 1) [] added'])
  })

  it('pointed at a direct copy of page 1 instead of page 1: its destination changed', () => {
    const pdf = withBookmark(toPage1)
    const bytes = after(pdf, [[BOOKMARK, bookmark(body(pdf, PAGE_1))]])
    expect(found(bytes)).toEqual(['foreign(Outlines) [0] changed'])
  })

  it('pointed at page 1 instead of a direct copy of it: its destination changed', () => {
    const pdf = withBookmark(licenceDocument().objects.get(PAGE_1)!)
    const bytes = after(pdf, [[BOOKMARK, bookmark(toPage1)]])
    expect(found(bytes)).toEqual(['foreign(Outlines) [0] changed'])
  })

  it('a calculation order naming the status field, whose value is rewritten: found in the field only', () => {
    const pdf = licenceWith([
      [ACROFORM, addedTo(licenceDocument().objects.get(ACROFORM)!, `/CO [${STATUS} 0 R]`)]
    ])
    const bytes = after(pdf, [[STATUS, body(pdf, STATUS).replace('(qualified)', '(REVOKED)')]])
    expect(found(bytes)).toEqual(['field(status) V changed'])
  })
})

describe('a value moved to another object number', () => {
  const approval = licenceDocument().objects.get(APPROVAL)!
  const status = licenceDocument().objects.get(STATUS)!

  it("a signature field's value re-pointed to an equal copy of its signature: a new claim", () => {
    const pdf = licenceWith([
      [FREE, SIGNATURE],
      [APPROVAL, addedTo(approval, `/V ${FREE} 0 R`)]
    ])
    const bytes = update(
      pdf,
      new Map([
        [FREE + 1, SIGNATURE],
        [APPROVAL, addedTo(approval, `/V ${FREE + 1} 0 R`)]
      ]),
      { size: FREE + 2 }
    ).bytes
    expect(found(bytes)).toEqual(['field(Approval) V changed'])
  })

  it("a text field's value moved to another object, same text: no difference", () => {
    const pdf = licenceWith([
      [FREE, '(qualified)'],
      [STATUS, status.replace('/V (qualified)', `/V ${FREE} 0 R`)]
    ])
    const bytes = update(
      pdf,
      new Map([
        [FREE + 1, '(qualified)'],
        [STATUS, status.replace('/V (qualified)', `/V ${FREE + 1} 0 R`)]
      ]),
      { size: FREE + 2 }
    ).bytes
    expect(found(bytes)).toEqual([])
  })

  it("a signature field's appearance dictionary moved to another object, unchanged: no difference", () => {
    const direct = /\/AP << \/N (\d+) 0 R >>/
    const appearances = `<< /N ${direct.exec(approval)![1]} 0 R >>`
    const pdf = licenceWith([
      [FREE, appearances],
      [APPROVAL, approval.replace(direct, `/AP ${FREE} 0 R`)]
    ])
    const bytes = update(
      pdf,
      new Map([
        [FREE + 1, appearances],
        [APPROVAL, approval.replace(direct, `/AP ${FREE + 1} 0 R`)]
      ]),
      { size: FREE + 2 }
    ).bytes
    expect(found(bytes)).toEqual([])
  })
})

describe('what a value is, not only what it says', () => {
  it("the status field's appearance stream replaced by a dictionary of states: its appearance changed", () => {
    const pdf = licenceDocument()
    const status = body(pdf, STATUS).replace(
      `/AP << /N ${STATUS_APPEARANCE} 0 R >>`,
      `/AP << /N << /On ${STATUS_APPEARANCE} 0 R >> >>`
    )
    expect(found(after(pdf, [[STATUS, status]]))).toEqual(['field-appearance(status) N changed'])
  })

  it('a page whose /Annots was null given a comment: comments added', () => {
    const pdf = licenceWith([
      [PAGE_2, addedTo(licenceDocument().objects.get(PAGE_2)!, '/Annots null')]
    ])
    const bytes = update(
      pdf,
      new Map([
        [FREE, COMMENT],
        [PAGE_2, body(pdf, PAGE_2).replace('/Annots null', `/Annots [${FREE} 0 R]`)]
      ]),
      { size: FREE + 1 }
    ).bytes
    expect(found(bytes)).toEqual(['annots(page 2) [] added', 'page(page 2) Annots added'])
  })

  it("page 1's comments and widgets replaced by null: removed", () => {
    const pdf = licenceDocument()
    const page = body(pdf, PAGE_1).replace(/\/Annots \[[^\]]*\]/, '/Annots null')
    expect(found(after(pdf, [[PAGE_1, page]]))).toEqual(['page(page 1) Annots removed'])
  })

  it('a page whose /Annots was a number given a comment: the entry changed', () => {
    const pdf = licenceWith([
      [PAGE_2, addedTo(licenceDocument().objects.get(PAGE_2)!, '/Annots 0')]
    ])
    const bytes = update(
      pdf,
      new Map([
        [FREE, COMMENT],
        [PAGE_2, body(pdf, PAGE_2).replace('/Annots 0', `/Annots [${FREE} 0 R]`)]
      ]),
      { size: FREE + 1 }
    ).bytes
    expect(found(bytes)).toEqual(['page(page 2) Annots changed'])
  })

  it('a rewritten content stream of another length: its bytes and its /Length changed', () => {
    const pdf = licenceDocument()
    const bytes = after(pdf, [
      [CONTENT_2, streamBody('BT /F1 16 Tf 72 760 Td (Page 2: VOID) Tj ET')]
    ])
    expect(found(bytes)).toEqual([
      'page-content(page 2) Length changed',
      'page-content(page 2) data changed'
    ])
  })

  it('the media box of page 1 enlarged: its fourth number changed', () => {
    const pdf = licenceDocument()
    const page = body(pdf, PAGE_1).replace('/MediaBox [0 0 595 842]', '/MediaBox [0 0 595 900]')
    expect(found(after(pdf, [[PAGE_1, page]]))).toEqual(['page-content(page 1) [3] changed'])
  })
})

describe('comments and fields are sets: membership counts', () => {
  const withComment = () => {
    const pdf = licenceDocument()
    const page = body(pdf, PAGE_1).replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${FREE} 0 R]`)
    return update(
      pdf,
      new Map([
        [FREE, COMMENT],
        [PAGE_1, page]
      ]),
      { size: FREE + 1 }
    )
  }

  it('a comment added to page 1: an item added, naming its object', () => {
    expect(differences(withComment().bytes)).toMatchObject([
      { role: { kind: 'annots', page: 0 }, key: '[]', change: 'added', itemAfter: FREE }
    ])
  })

  it("the remark field's widget taken off page 1: an item removed, naming its object", () => {
    const pdf = licenceDocument()
    const page = body(pdf, PAGE_1).replace(' 10 0 R', '')
    expect(differences(after(pdf, [[PAGE_1, page]]))).toMatchObject([
      { role: { kind: 'annots', page: 0 }, key: '[]', change: 'removed', itemBefore: 10 }
    ])
  })

  it('a listed comment whose object is replaced by null: an item removed', () => {
    expect(found(after(withComment(), [[FREE, 'null']]))).toEqual(['annots(page 1) [] removed'])
  })

  it('a direct comment removed: an item removed', () => {
    const pdf = licenceWithDirectComment()
    const page = body(pdf, PAGE_1).replace(` ${DIRECT_COMMENT}`, '')
    expect(found(after(pdf, [[PAGE_1, page]]))).toEqual(['annots(page 1) [] removed'])
  })

  it('a second direct comment added: an item added', () => {
    const pdf = licenceWithDirectComment()
    const page = body(pdf, PAGE_1).replace(DIRECT_COMMENT, `${DIRECT_COMMENT} ${COMMENT}`)
    expect(found(after(pdf, [[PAGE_1, page]]))).toEqual(['annots(page 1) [] added'])
  })

  it('a direct comment replaced by a number: an item changed', () => {
    const pdf = licenceWithDirectComment()
    const page = body(pdf, PAGE_1).replace(DIRECT_COMMENT, '0')
    expect(found(after(pdf, [[PAGE_1, page]]))).toEqual(['annots(page 1) [] changed'])
  })

  it('a field written directly into /Fields, its value changed: an unrecognised object in the fields', () => {
    const direct = '<< /FT /Tx /T (direct) /V (a) >>'
    const acroForm = licenceDocument().objects.get(ACROFORM)!
    const pdf = licenceWith([
      [ACROFORM, acroForm.replace(/\/Fields \[([^\]]*)\]/, `/Fields [$1 ${direct}]`)]
    ])
    const bytes = after(pdf, [[ACROFORM, body(pdf, ACROFORM).replace('/V (a)', '/V (b)')]])
    expect(found(bytes)).toEqual(['foreign(field) V changed'])
  })
})

describe('the structure of the document', () => {
  it('pages under an intermediate page-tree node, page 1 given a comment: a comment on page 1', () => {
    const node = FREE
    const reparented = (num: number) =>
      licenceDocument().objects.get(num)!.replace('/Parent 2 0 R', `/Parent ${node} 0 R`)
    const pdf = licenceWith([
      [2, `<< /Type /Pages /Kids [${node} 0 R] /Count 2 >>`],
      [node, `<< /Type /Pages /Parent 2 0 R /Kids [${PAGE_1} 0 R ${PAGE_2} 0 R] /Count 2 >>`],
      [PAGE_1, reparented(PAGE_1)],
      [PAGE_2, reparented(PAGE_2)]
    ])
    const page = body(pdf, PAGE_1).replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${FREE + 1} 0 R]`)
    const bytes = update(
      pdf,
      new Map([
        [FREE + 1, COMMENT],
        [PAGE_1, page]
      ]),
      { size: FREE + 2 }
    ).bytes
    expect(found(bytes)).toEqual(['annots(page 1) [] added'])
  })

  it('a catalog with a direct /Perms, rewritten with a /Version: only the version added', () => {
    const catalog = addedTo(
      licenceDocument().objects.get(CATALOG)!,
      `/Perms << /DocMDP ${FREE} 0 R >>`
    )
    const pdf = licenceWith([
      [FREE, SIGNATURE],
      [CATALOG, catalog]
    ])
    expect(found(after(pdf, [[CATALOG, addedTo(catalog, '/Version /2.0')]]))).toEqual([
      'catalog Version added'
    ])
  })
})

describe('an appearance shared by many fields', () => {
  const rewritten = (copies: number) => {
    const pdf = licenceWithSharedAppearance(copies)
    return differences(
      after(pdf, [
        [STATUS_APPEARANCE, body(pdf, STATUS_APPEARANCE).replace('qualified', 'REVOKED!!')]
      ])
    ).map((d) => `${d.role.kind}${d.role.kind === 'foreign' ? `(${d.role.what})` : ''} ${d.key}`)
  }

  it('drawn by the status field and 31 copies (32 fields): still each field’s own', () => {
    expect(rewritten(31)).toEqual(Array(32).fill('field-appearance data'))
  })

  it('drawn by the status field and 40 copies: each of 32 fields, then once as shared', () => {
    const lines = rewritten(40)
    expect(lines.filter((line) => line === 'foreign(shared) data')).toHaveLength(1)
    expect(lines.filter((line) => line === 'field-appearance data')).toHaveLength(32)
    expect(lines).toHaveLength(33)
  })
})

describe('the walk keeps to the budget of the file', () => {
  const opened = (bytes: Uint8Array, budget: Budget) => {
    const result = openPdf(bytes, budget)
    if (!result.ok) throw new Error(result.error.code)
    const { document } = result
    const last = document.revisions.length - 1
    return { document, facts: new RevisionFacts(document, last - 1, last) }
  }

  it('a rewritten compressed content stream, whose two decodings exceed the allowance: refused', () => {
    const pdf = licenceWith([[CONTENT_1, flated(LICENCE_CONTENT)]])
    const bytes = after(pdf, [[CONTENT_1, flated(LICENCE_CONTENT.replace('REVOKED', 'VALID!!'))]])
    const budget = Budget.unlimited()
    budget.fitTo(bytes.length)
    const { document, facts } = opened(bytes, budget)
    // Enough to decode one side, not both.
    budget.spendInflate(budget.inflateAllowance - LICENCE_CONTENT.length - 16)
    expect(() => new PairedWalk(document, facts).run()).toThrow(BudgetExceeded)
  })
})

describe('a value written in place has an identity of its own', () => {
  const resources = (page: string) => /\/Resources (<< .*? >> >>) \/Contents/.exec(page)![1]!

  it("page 1's own resources and page 2's, both replaced by one object like page 2's: page 1 lost its XObjects", () => {
    const pdf = licenceDocument()
    const onlyFonts = resources(body(pdf, PAGE_2))
    const shared = (num: number) => body(pdf, num).replace(resources(body(pdf, num)), `${FREE} 0 R`)
    const bytes = update(
      pdf,
      new Map([
        [FREE, onlyFonts],
        [PAGE_1, shared(PAGE_1)],
        [PAGE_2, shared(PAGE_2)]
      ]),
      { size: FREE + 1 }
    ).bytes
    expect(found(bytes)).toEqual(['page-content(page 1) XObject removed'])
  })

  it('both pages drawing one resources object, each given its own copy, page 1’s without XObjects: page 1 lost them', () => {
    const full = resources(licenceDocument().objects.get(PAGE_1)!)
    const shared = (num: number) =>
      licenceDocument()
        .objects.get(num)!
        .replace(/\/Resources << .*? >> >> \/Contents/, `/Resources ${FREE} 0 R /Contents`)
    const pdf = licenceWith([
      [FREE, full],
      [PAGE_1, shared(PAGE_1)],
      [PAGE_2, shared(PAGE_2)]
    ])
    const own = (num: number, dict: string) =>
      body(pdf, num).replace(`/Resources ${FREE} 0 R`, `/Resources ${dict}`)
    const bytes = after(pdf, [
      [PAGE_1, own(PAGE_1, resources(licenceDocument().objects.get(PAGE_2)!))],
      [PAGE_2, own(PAGE_2, full)]
    ])
    expect(found(bytes)).toEqual(['page-content(page 1) XObject removed'])
  })

  it('a loop through values written in place, alike before and after: ends, with no difference', () => {
    const loop = (num: number) => `<< /N << /N ${num} 0 R >> >>`
    const catalog = licenceDocument().objects.get(CATALOG)!
    const pdf = licenceWith([
      [FREE, loop(FREE)],
      [CATALOG, addedTo(catalog, `/Outlines ${FREE} 0 R`)]
    ])
    const bytes = update(
      pdf,
      new Map([
        [FREE + 1, loop(FREE + 1)],
        [CATALOG, addedTo(catalog, `/Outlines << /N ${FREE + 1} 0 R >>`)]
      ]),
      { size: FREE + 2 }
    ).bytes
    expect(differences(bytes, new Budget(Date.now() + 10_000))).toEqual([])
  })
})

describe('a flood of differences hides nothing', () => {
  const numbers = (count: number, value: number) =>
    `/Numbers [${Array(count).fill(value).join(' ')}]`
  const flooded = (count: number) => {
    const pdf = licenceWith([
      [PAGE_2, addedTo(licenceDocument().objects.get(PAGE_2)!, numbers(count, 0))]
    ])
    return after(pdf, [[PAGE_2, body(pdf, PAGE_2).replace(numbers(count, 0), numbers(count, 1))]])
  }

  it('20 000 differences in one update: all compared', () => {
    expect(differences(flooded(20_000))).toHaveLength(20_000)
  })

  it('20 001 differences in one update: the file is refused as too complex', () => {
    expect(() => differences(flooded(20_001))).toThrow(BudgetExceeded)
  })

  it('20 001 new validation data items beside a rewritten status line: not passed', async () => {
    const pdf = await signedFrom(() => {
      const base = licenceDocument()
      const catalog = addedTo(body(base, CATALOG), `/DSS ${FREE} 0 R`)
      return {
        ...base,
        ...update(
          base,
          new Map([
            [FREE, '<< /Certs [] >>'],
            [CATALOG, catalog]
          ]),
          { size: FREE + 1 }
        )
      }
    })
    const bytes = after(pdf, [
      [FREE, `<< /Certs [${Array(20_001).fill(0).join(' ')}] >>`],
      [CONTENT_2, streamBody('BT /F1 16 Tf 72 760 Td (Page 2: VOID) Tj ET')]
    ])
    const report = await verify(bytes)
    expect(report.error?.code).toBe('seals.error.tooComplex')
    expect(report.verdict.status).not.toBe('passed')
  })
})
