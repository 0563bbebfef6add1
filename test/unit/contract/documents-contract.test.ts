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

  it('takes digests of 64 lower-case hex digits only, and sizes within bounds', () => {
    const hex = 'a'.repeat(64)
    const sha = (value: string) =>
      channels['documents.issued.file'].input.safeParse({ sha256: value }).success
    expect(sha(hex)).toBe(true)
    for (const bad of [
      `x${hex}`,
      `${hex}x`,
      'a'.repeat(63),
      'g'.repeat(64),
      `${'a'.repeat(63)}G`
    ]) {
      expect(sha(bad), bad).toBe(false)
    }
    const issued = {
      documentNumber: '许数管〔2026〕7号',
      kind: 'rectificationNotice',
      version: 1,
      sha256: hex,
      contentSha256: hex,
      signer: '测试',
      issuedAt: '2026-12-03T08:00:00.000Z',
      title: '关于……的通知'
    }
    const list = channels['documents.issued.list'].output
    expect(list.safeParse({ documents: [issued] }).success).toBe(true)
    for (const field of ['sha256', 'contentSha256'] as const) {
      for (const bad of [`x${hex}`, `${hex}x`, 'z'.repeat(64), 'a']) {
        expect(list.safeParse({ documents: [{ ...issued, [field]: bad }] }).success).toBe(false)
      }
    }
    expect(list.safeParse({ documents: [{ ...issued, version: 0 }] }).success).toBe(false)
    expect(list.safeParse({ documents: [{ ...issued, version: 2 }] }).success).toBe(true)
    const listInput = channels['documents.issued.list'].input
    expect(listInput.safeParse({}).success).toBe(true)
    expect(listInput.safeParse({ documentNumber: '许数管〔2026〕7号' }).success).toBe(true)
    expect(listInput.safeParse({ documentNumber: '' }).success).toBe(false)
    expect(listInput.safeParse({ documentNumber: '号'.repeat(41) }).success).toBe(false)
    expect(listInput.safeParse({ documentNumber: '号'.repeat(40) }).success).toBe(true)
    expect(listInput.safeParse({ other: 1 }).success).toBe(false)
    const file = channels['documents.issued.file'].output
    expect(file.safeParse({ base64: 'JVBERi0xLjc=' }).success).toBe(true)
    // 48 MiB of base64 is the bound; one character more is refused.
    const big = 'A'.repeat(48 * 1024 * 1024)
    expect(file.safeParse({ base64: big }).success).toBe(true)
    expect(file.safeParse({ base64: `${big}AAAA` }).success).toBe(false)
    const configure = channels['documents.seal.configure'].input
    expect(
      configure.safeParse({ action: 'import', name: 'a.p12', base64: 'AAAA', password: '' }).success
    ).toBe(true)
    expect(
      configure.safeParse({ action: 'import', name: 'a.p12', base64: '', password: '' }).success
    ).toBe(false)
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
    expect(output.safeParse({ ...answer, pages: 12 }).success).toBe(true)
    expect(output.safeParse({ ...answer, version: 0 }).success).toBe(false)
    expect(output.safeParse({ ...answer, version: 3 }).success).toBe(true)
    for (const field of ['sha256', 'contentSha256'] as const) {
      for (const bad of [`x${'a'.repeat(64)}`, `${'a'.repeat(64)}x`]) {
        expect(output.safeParse({ ...answer, [field]: bad }).success).toBe(false)
      }
    }
    expect(channels['documents.issued.file'].input.safeParse({ sha256: '../x' }).success).toBe(
      false
    )
  })
})
