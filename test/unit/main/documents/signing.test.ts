import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import type { DocumentSigner } from '../../../../src/main/services/documents/cms-signer'
import { locateFonts } from '../../../../src/main/services/documents/fonts'
import {
  contentDigest,
  renderDocument,
  verificationText
} from '../../../../src/main/services/documents/render'
import { getTestPki, type TestIdentity } from '../../../fixtures/pki'
import { pdfsigAvailable, runPdfsig } from '../../../fixtures/pdf/pdfsig'
import { flipByte, offsetOf } from '../../../fixtures/pdf/tamper'
import { appendRevision } from '../../../fixtures/pdf/writer'
import { requireOrSkip } from '../../../support/require-or-skip'
import { reasonOf, verify } from '../../domain/seals/helpers'
import { sampleNotice } from '../../domain/documents/sample-document'

/**
 * 签发: the notice sealed with the Bureau's certificate must verify — with this project's own
 * verifier once the Bureau's root is trusted, and with poppler's pdfsig — and any change after
 * the seal must undo that verdict.
 */
const fonts = (() => {
  try {
    return locateFonts()
  } catch {
    return null
  }
})()
const run = requireOrSkip(
  fonts !== null,
  'the substitute fonts (texlive-lang-chinese, fonts-noto-cjk)'
)
const MM = 72 / 25.4

const pki = getTestPki()
const signerOf = (identity: TestIdentity, chain: TestIdentity[] = []): DocumentSigner => ({
  keyPem: identity.keyPem,
  certificatePem: identity.certPem,
  chainPem: chain.map((c) => c.certPem)
})
const signers = {
  rsa: signerOf(pki.rsa, [pki.rsaIntermediate]),
  ecdsa: signerOf(pki.ecdsa, [pki.rsaIntermediate]),
  sm2: signerOf(pki.sm2)
}

async function sealed(signer: DocumentSigner): Promise<Uint8Array> {
  const rendered = await renderDocument(sampleNotice, {
    format: 'pdf',
    fonts: fonts!,
    seal: { signer, signingTime: new Date() }
  })
  return rendered.bytes
}

/** A later revision that replaces the first page's content: an edit made after the seal. */
function editedAfterSealing(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1')
  const page = /(\d+) 0 obj\s*<<\s*\/Type \/Page\b[\s\S]*?\/Contents (\d+) 0 R/.exec(text)
  const root = /\/Root (\d+) 0 R/.exec(text)
  const size = /trailer\s*<<\s*\/Size (\d+)/.exec(text)
  if (!page || !root || !size) throw new Error('not a PDFKit file')
  const forged = 'BT /F1 24 Tf 100 700 Td (forged) Tj ET'
  return appendRevision(
    bytes,
    [[Number(page[2]), `<< /Length ${forged.length} >>\nstream\n${forged}\nendstream`]],
    { size: Number(size[1]), root: Number(root[1]) }
  )
}

describe.runIf(run)('签发: the sealed notice', () => {
  for (const [name, signer] of Object.entries(signers)) {
    it(`passes the project's verifier with the ${name} certificate once its root is trusted`, async () => {
      const report = await verify(await sealed(signer))
      expect(reasonOf(report.verdict)).toBe('passed')
      const [signature] = report.signatures
      expect(signature!.coverage).toBe('entire-file')
      expect(signature!.subFilter).toBe('ETSI.CAdES.detached')
      expect(signature!.signer?.commonName).toBe(
        /CN=([^\n]+)/.exec(new X509Certificate(signer.certificatePem).subject)?.[1]
      )
    }, 60_000)
  }

  it('is 无法确定 when nobody trusts the signer, and 未通过 once a byte of the page changes', async () => {
    const bytes = await sealed(signers.rsa)
    expect((await verify(bytes, { certificates: [] })).verdict.status).not.toBe('passed')
    const flipped = flipByte(bytes, offsetOf(bytes, 'stream', 400) + 20)
    expect(reasonOf((await verify(flipped)).verdict)).toMatch(/^failed/)
  }, 60_000)

  it('is 未通过 when a later revision rewrites the page', async () => {
    const report = await verify(editedAfterSealing(await sealed(signers.rsa)))
    expect(report.verdict.status).toBe('failed')
  }, 60_000)

  it('draws the seal as a signature widget at the 印章 position, over the 署名 and the date', async () => {
    const rendered = await renderDocument(sampleNotice, {
      format: 'pdf',
      fonts: fonts!,
      seal: { signer: signers.rsa, signingTime: new Date() }
    })
    const pdf = await getDocument({ data: rendered.bytes.slice() }).promise
    const last = await pdf.getPage(pdf.numPages)
    const annotations = (await last.getAnnotations()) as { fieldType?: string; rect: number[] }[]
    const widget = annotations.find((a) => a.fieldType === 'Sig')!
    const [x1, y1, x2, y2] = widget.rect as [number, number, number, number]
    expect((x2 - x1) / MM).toBeCloseTo(42, 0)
    const text = await last.getTextContent()
    const date = (text.items as { str: string; transform: number[] }[]).find(
      (i) => i.str === '二〇二六年十二月三日'
    )!
    // The date's baseline lies inside the seal, below its centre.
    expect(date.transform[5]!).toBeGreaterThan(y1)
    expect(date.transform[5]!).toBeLessThan((y1 + y2) / 2)
  }, 60_000)

  it('prints the number and the SHA-256 of the words in the verification code', () => {
    const printed = verificationText(sampleNotice)
    expect(printed).toContain('许数管〔2026〕7号')
    expect(printed).toContain(contentDigest(sampleNotice))
    const edited = { ...sampleNotice, title: `${sampleNotice.title}（更正）` }
    expect(contentDigest(edited)).not.toBe(contentDigest(sampleNotice))
  })

  it('refuses to seal a document without a number, a DOCX, or with a key not the certificate’s', async () => {
    const seal = { signer: signers.rsa, signingTime: new Date() }
    await expect(
      renderDocument(
        { ...sampleNotice, documentNumber: null },
        { format: 'pdf', fonts: fonts!, seal }
      )
    ).rejects.toMatchObject({ code: 'documents.sign.noNumber' })
    await expect(renderDocument(sampleNotice, { format: 'docx', seal })).rejects.toMatchObject({
      code: 'documents.sign.pdfOnly'
    })
    await expect(
      renderDocument(sampleNotice, {
        format: 'pdf',
        fonts: fonts!,
        seal: { signer: { ...signers.rsa, keyPem: pki.ecdsa.keyPem }, signingTime: new Date() }
      })
    ).rejects.toMatchObject({ code: 'documents.sign.keyMismatch' })
  }, 60_000)
})

describe.runIf(run && requireOrSkip(pdfsigAvailable(), "poppler's pdfsig"))(
  '签发 checked by pdfsig',
  () => {
    for (const name of ['rsa', 'ecdsa'] as const) {
      it(`pdfsig says the ${name} signature is valid`, async () => {
        const dir = mkdtempSync(join(tmpdir(), 'pdfsig-'))
        const db = join(dir, 'nss')
        mkdirSync(db)
        // An NSS database that trusts the Bureau's (the test) root, as a recipient would set up.
        execFileSync('certutil', ['-N', '-d', `sql:${db}`, '--empty-password'])
        execFileSync('certutil', [
          '-A',
          '-d',
          `sql:${db}`,
          '-n',
          'root',
          '-t',
          'CT,C,C',
          '-i',
          pki.rsaRoot.certPath
        ])
        const file = join(dir, 'notice.pdf')
        writeFileSync(file, await sealed(signers[name]))
        const [signature] = runPdfsig(file, db)
        expect(signature?.signatureValidation).toBe('Signature is Valid.')
        expect(signature?.certificateValidation).toBe('Certificate is Trusted.')
        expect(signature?.totalDocumentSigned).toBe(true)
        // pdfsig checks the signed bytes only: it sees a later edit as a signature not covering the file.
        const edited = join(dir, 'edited.pdf')
        writeFileSync(edited, editedAfterSealing(await sealed(signers[name])))
        const [later] = runPdfsig(edited, db)
        expect(later?.totalDocumentSigned).toBe(false)
      }, 60_000)
    }
  }
)
