/**
 * Sealed PDFs for the seal-inspection tests, written into a fresh folder: an SES (GB/T 38540)
 * sealed document with a seal picture, the same document changed after signing, a byte-flipped
 * copy, and the bad inputs an administrator meets (not a PDF, truncated, encrypted).
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  changeContent,
  cmsBlob,
  createDocument,
  encryptedLooking,
  flipByte,
  notAPdf,
  offsetOf,
  sesBlob,
  signPdf,
  streamBody,
  update
} from '../../../fixtures/pdf'
import { getTestPki } from '../../../fixtures/pki'

export interface SealFixtures {
  dir: string
  /** SM2 seal (GB/T 38540 v4) with a seal picture, signed by the SM2 test PKI. */
  sealed: string
  /** RSA CMS signature by the RSA test PKI. */
  rsaSigned: string
  /** The sealed file with page 1's content replaced in a later revision. */
  changedAfterSigning: string
  /** The sealed file with one byte of page text flipped inside the signed range. */
  tampered: string
  notPdf: string
  truncated: string
  encrypted: string
  /** PEM of the SM2 test root (the seal's trust anchor) and of the RSA root. */
  sm2RootPem: string
  rsaRootPem: string
}

export async function writeSealFixtures(dir = mkdtempSync(join(tmpdir(), 'seal-fixtures-'))) {
  const pki = getTestPki()
  const sealedPdf = await signPdf(createDocument({ pages: 2 }), {
    fieldName: 'XuchangSeal1',
    blob: sesBlob(4),
    reason: 'e-licence issued'
  })
  const rsaPdf = await signPdf(createDocument(), { fieldName: 'Signature1', blob: cmsBlob('rsa') })
  const files: Record<string, Uint8Array | string> = {
    'sealed.pdf': sealedPdf.bytes,
    'rsa-signed.pdf': rsaPdf.bytes,
    'changed-after-signing.pdf': changeContent(sealedPdf).bytes,
    'tampered.pdf': flipByte(sealedPdf.bytes, offsetOf(sealedPdf.bytes, 'Xuchang e-licence') + 3),
    'not-a-pdf.pdf': notAPdf(),
    'truncated.pdf': sealedPdf.bytes.slice(0, Math.floor(sealedPdf.bytes.length / 2)),
    'encrypted.pdf': encryptedLooking(rsaPdf),
    'sm2-root.pem': pki.sm2Root.certPem,
    'rsa-root.pem': pki.rsaRoot.certPem
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  const at = (name: string) => join(dir, name)
  return {
    dir,
    sealed: at('sealed.pdf'),
    rsaSigned: at('rsa-signed.pdf'),
    changedAfterSigning: at('changed-after-signing.pdf'),
    tampered: at('tampered.pdf'),
    notPdf: at('not-a-pdf.pdf'),
    truncated: at('truncated.pdf'),
    encrypted: at('encrypted.pdf'),
    sm2RootPem: at('sm2-root.pem'),
    rsaRootPem: at('rsa-root.pem')
  } satisfies SealFixtures
}

/** A sealed PDF of at least `bytes` bytes: a large stream in the signed revision (the 100 MB target). */
export async function writeLargeSealedPdf(bytes: number): Promise<string> {
  const base = createDocument()
  const padded = update(base, new Map([[base.size, streamBody('0'.repeat(bytes))]]))
  const sealed = await signPdf(padded, { fieldName: 'Seal1', blob: sesBlob(4) })
  const path = join(mkdtempSync(join(tmpdir(), 'seal-large-')), 'large.pdf')
  writeFileSync(path, sealed.bytes)
  return path
}
