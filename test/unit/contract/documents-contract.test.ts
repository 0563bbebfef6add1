import { describe, expect, it } from 'vitest'
import { channels } from '../../../src/shared/contract'
import { sampleNotice } from '../domain/documents/sample-document'

/** What main accepts of a document and of a seal certificate, at the boundary. */
describe('the documents channels', () => {
  const render = channels['documents.render'].input
  const issue = channels['documents.issue'].input
  const configure = channels['documents.seal.configure'].input

  it('takes a complete document in a known format', () => {
    expect(render.safeParse({ document: sampleNotice, format: 'pdf' }).success).toBe(true)
    expect(render.safeParse({ document: sampleNotice, format: 'docx' }).success).toBe(true)
    expect(render.safeParse({ document: sampleNotice, format: 'odt' }).success).toBe(false)
    expect(render.safeParse({ document: sampleNotice, format: 'pdf', seal: true }).success).toBe(
      false
    )
    expect(issue.safeParse({ document: sampleNotice, correction: false }).success).toBe(true)
    expect(issue.safeParse({ document: sampleNotice }).success).toBe(false)
  })

  it('refuses a document with blank or missing words, an impossible date, or too much of it', () => {
    const bad = [
      { ...sampleNotice, title: '   ' },
      { ...sampleNotice, masthead: '' },
      { ...sampleNotice, paragraphs: [] },
      { ...sampleNotice, paragraphs: [{ style: 'body', text: '' }] },
      { ...sampleNotice, paragraphs: [{ style: 'quote', text: '一' }] },
      { ...sampleNotice, date: '2026-02-30' },
      { ...sampleNotice, printedOn: '2026/12/03' },
      { ...sampleNotice, kind: 'memo' },
      { ...sampleNotice, documentNumber: '号'.repeat(41) },
      { ...sampleNotice, title: '题'.repeat(201) },
      {
        ...sampleNotice,
        paragraphs: Array.from({ length: 501 }, () => ({ style: 'body', text: '一' }))
      },
      { ...sampleNotice, paragraphs: [{ style: 'body', text: '一'.repeat(2_001) }] },
      { ...sampleNotice, copyTo: Array.from({ length: 31 }, () => '市司法局') }
    ]
    for (const document of bad) {
      expect(
        render.safeParse({ document, format: 'pdf' }).success,
        JSON.stringify(document).slice(0, 80)
      ).toBe(false)
    }
    expect(
      render.safeParse({ document: { ...sampleNotice, documentNumber: null }, format: 'pdf' })
        .success
    ).toBe(true)
  })

  it('takes a PKCS#12 with its password to import, or a removal, and nothing else', () => {
    const p12 = { action: 'import', name: 'bureau.p12', base64: 'MIIK', password: 'x' }
    expect(configure.safeParse(p12).success).toBe(true)
    expect(configure.safeParse({ action: 'remove' }).success).toBe(true)
    expect(configure.safeParse({ ...p12, base64: 'not base64!' }).success).toBe(false)
    expect(configure.safeParse({ ...p12, base64: 'A'.repeat(350_004) }).success).toBe(false)
    expect(configure.safeParse({ ...p12, name: '' }).success).toBe(false)
    expect(configure.safeParse({ action: 'remove', password: 'x' }).success).toBe(false)
    expect(configure.safeParse({ action: 'export' }).success).toBe(false)
  })

  it('answers with the file in base64 and its digests', () => {
    const output = channels['documents.render'].output
    const answer = {
      format: 'pdf',
      base64: 'JVBERi0=',
      sha256: 'a'.repeat(64),
      contentSha256: 'b'.repeat(64),
      pages: 2,
      substitutes: ['FandolFang → 仿宋_GB2312'],
      signer: null,
      version: null
    }
    expect(output.safeParse(answer).success).toBe(true)
    expect(output.safeParse({ ...answer, sha256: 'A'.repeat(64) }).success).toBe(false)
    expect(output.safeParse({ ...answer, pages: 0 }).success).toBe(false)
    expect(channels['documents.issued.file'].input.safeParse({ sha256: '../x' }).success).toBe(
      false
    )
  })
})
