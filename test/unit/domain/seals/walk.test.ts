/**
 * How the paired walk compares two revisions (pdf/diff/walk.ts), seen through what the user
 * reads: a stream stored differently but decoding to the same bytes is no change; a value moved
 * into its own object is the same value; direct comments are compared like indirect ones; an
 * appearance shared by dozens of fields belongs to none of them; a loop ends.
 */
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { LICENCE_CONTENT } from '../../../fixtures/pdf/licence'
import { update } from '../../../fixtures/pdf/writer'
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

const first = async (bytes: Uint8Array) => {
  const report = await verify(bytes)
  const signature = report.signatures.find((s) => s.fieldName === 'Sig1')!
  return {
    level: signature.modification.level,
    changes: signature.modification.changes.map((change) => change.description),
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
