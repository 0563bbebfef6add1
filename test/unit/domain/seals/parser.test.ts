import { deflateRawSync, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { openPdf } from '../../../../src/shared/domain/seals/pdf/document'
import { decodeStream } from '../../../../src/shared/domain/seals/pdf/filters'
import { inflate } from '../../../../src/shared/domain/seals/pdf/inflate'
import { Lexer } from '../../../../src/shared/domain/seals/pdf/lexer'
import { ObjectParser, isDict, isName } from '../../../../src/shared/domain/seals/pdf/objects'
import { listPages } from '../../../../src/shared/domain/seals/pdf/pages'
import { listSignatureFields } from '../../../../src/shared/domain/seals/pdf/signatures'
import { parsePdfDate } from '../../../../src/shared/domain/seals/pdf/text'
import { addAnnotation, cmsBlob, createDocument, garbageXref, signPdf } from '../../../fixtures/pdf'

const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'))

describe('inflate', () => {
  it('decodes what zlib writes: stored, fixed and dynamic Huffman blocks, with and without the zlib header', () => {
    const random = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24)
    const text = Buffer.from('1 0 obj << /Type /Catalog >> endobj\n'.repeat(2000))
    for (const input of [random, text, new Uint8Array(0)]) {
      for (const level of [0, 1, 9]) {
        expect(Buffer.from(inflate(deflateSync(input, { level }), 1 << 24).data)).toEqual(
          Buffer.from(input)
        )
        expect(Buffer.from(inflate(deflateRawSync(input, { level }), 1 << 24).data)).toEqual(
          Buffer.from(input)
        )
      }
    }
  })

  it('stops at the output limit and reports truncated data as incomplete instead of throwing', () => {
    const bomb = deflateSync(Buffer.alloc(10_000_000))
    const limited = inflate(bomb, 1_000_000)
    expect(limited.complete).toBe(false)
    expect(limited.data.length).toBeLessThanOrEqual(1_000_000)
    const truncated = inflate(
      deflateSync(Buffer.from('hello world '.repeat(100))).subarray(0, 20),
      1 << 20
    )
    expect(truncated.complete).toBe(false)
  })
})

describe('lexer and object parser', () => {
  const parse = (text: string) => new ObjectParser(new Lexer(latin1(text), 0)).parse()

  it('reads strings with escapes, hex strings, names with #xx and references', () => {
    const value = parse(
      '<< /A (a\\(b\\)\\101\\n) /B <48 65 6C6C6F> /N#20ame /X /R 12 0 R /Arr [1 2.5 -3 true null] >>'
    )
    expect(isDict(value)).toBe(true)
    if (!isDict(value)) return
    const a = value.entries.get('A')
    expect(
      a && typeof a === 'object' && a.kind === 'string' && Buffer.from(a.bytes).toString('latin1')
    ).toBe('a(b)A\n')
    const b = value.entries.get('B')
    expect(
      b && typeof b === 'object' && b.kind === 'string' && Buffer.from(b.bytes).toString()
    ).toBe('Hello')
    expect(isName(value.entries.get('N ame'), 'X')).toBe(true)
    expect(value.entries.get('R')).toEqual({ kind: 'ref', num: 12, gen: 0 })
  })

  it('keeps the first of duplicate keys and rejects absurd nesting', () => {
    const value = parse('<< /Reason (first) /Reason (second) >>')
    const reason = isDict(value) ? value.entries.get('Reason') : undefined
    expect(
      reason &&
        typeof reason === 'object' &&
        reason.kind === 'string' &&
        Buffer.from(reason.bytes).toString()
    ).toBe('first')
    expect(() => parse('['.repeat(500))).toThrow()
  })

  it('parses PDF dates into UTC ISO strings', () => {
    expect(parsePdfDate("D:20260101080000+08'00'")).toBe('2026-01-01T00:00:00.000Z')
    expect(parsePdfDate('D:2026')).toBe('2026-01-01T00:00:00.000Z')
    expect(parsePdfDate('yesterday')).toBeUndefined()
  })
})

describe('revisions', () => {
  it('finds each incremental update and resolves objects as of each revision', async () => {
    const plain = createDocument({ pages: 2 })
    const signed = await signPdf(plain, { fieldName: 'Sig1', blob: cmsBlob('rsa') })
    const annotated = addAnnotation(signed)
    const opened = openPdf(annotated.bytes)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const { document } = opened
    expect(document.revisions.map((r) => r.end)).toEqual([
      plain.bytes.length,
      signed.bytes.length,
      annotated.bytes.length
    ])
    expect(document.revisions.every((r) => r.xrefKind === 'table')).toBe(true)
    expect(listSignatureFields(document, 0, [])).toEqual([])
    const fields = listSignatureFields(document, 2, listPages(document, 2))
    expect(fields.map((f) => [f.name, f.widget?.page, f.signature?.subFilter])).toEqual([
      ['Sig1', 0, 'adbe.pkcs7.detached']
    ])
    const page = document.object(signed.pages[0]!, 1)?.value
    const pageNow = document.object(signed.pages[0]!, 2)?.value
    expect(isDict(page) && (page.entries.get('Annots') as { items: unknown[] }).items.length).toBe(
      1
    )
    expect(
      isDict(pageNow) && (pageNow.entries.get('Annots') as { items: unknown[] }).items.length
    ).toBe(2)
  })

  it('reads xref streams and objects that live in object streams', async () => {
    const compressed = createDocument({ pages: 3, objectStreams: true })
    const signed = await signPdf(compressed, { fieldName: 'InObjStm', blob: cmsBlob('rsa') })
    const opened = openPdf(signed.bytes)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.document.revisions.map((r) => r.xrefKind)).toEqual(['stream', 'table'])
    expect(listPages(opened.document, 0)).toHaveLength(3)
    const catalog = opened.document.object(compressed.catalog, 0)
    expect(catalog?.location.kind).toBe('object-stream')
    const fields = listSignatureFields(opened.document, 1, listPages(opened.document, 1))
    expect(fields.map((f) => f.name)).toEqual(['InObjStm'])
  })

  it('rebuilds a garbage xref table from the object definitions', () => {
    const broken = garbageXref(createDocument({ pages: 2 }).bytes)
    const opened = openPdf(broken)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    expect(opened.document.revisions[0]?.xrefKind).toBe('reconstructed')
    expect(opened.document.warnings).toEqual(['seals.warning.xrefReconstructed'])
    expect(listPages(opened.document, 0)).toHaveLength(2)
  })
})

describe('stream filters', () => {
  const parse = (text: string) =>
    new ObjectParser(new Lexer(Buffer.from(text, 'latin1'), 0)).parse()

  it('a leading /Crypt filter (ISO 32000-1 §7.4.10) is the decryption, then /FlateDecode', () => {
    const data = deflateSync(Buffer.from('BT (crypt filter) Tj ET'))
    const dict = parse(
      '<< /Filter [/Crypt /FlateDecode] /DecodeParms [<< /Name /Identity >> null] >>'
    )
    if (!isDict(dict)) throw new Error('not a dictionary')
    const decoded = decodeStream({ kind: 'stream', dict, data: new Uint8Array(data) })
    expect(decoded.ok && Buffer.from(decoded.data).toString('latin1')).toBe(
      'BT (crypt filter) Tj ET'
    )
  })

  it('a /Crypt filter anywhere else is not something we decode', () => {
    const dict = parse('<< /Filter [/FlateDecode /Crypt] >>')
    if (!isDict(dict)) throw new Error('not a dictionary')
    const data = new Uint8Array(deflateSync(Buffer.from('x')))
    expect(decodeStream({ kind: 'stream', dict, data })).toEqual({
      ok: false,
      reason: 'filter Crypt'
    })
  })
})
