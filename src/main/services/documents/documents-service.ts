import { X509Certificate } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { CodedError } from '../../../shared/contract/result'
import type {
  ConfigureSealInput,
  IssuedDocument,
  RenderedDocumentOutput,
  SealCertificateStatus
} from '../../../shared/contract/documents'
import { issuedDocumentSchema } from '../../../shared/contract/documents'
import type { OfficialDocument } from '../../../shared/domain/documents/official-document'
import { SyncFailure } from '../../../shared/domain/sync/faults'
import { message } from '../../../shared/i18n/message'
import { userFileSealer, type SecretSealer } from '../secrets/secret-store'
import { readPkcs12 } from '../sync/pkcs12'
import { signerAlgorithm, type DocumentSigner } from './cms-signer'
import { renderDocument, type RenderedDocument } from './render'

/**
 * 公文 in main: drafts as PDF or DOCX, and 签发 with the Bureau's seal certificate, which a
 * 系统管理员 imports once and main keeps sealed (safeStorage where the system has a keychain) in
 * `<dataLocation>/documents/seal.json`. Issued files are kept by their SHA-256 under
 * `<dataLocation>/documents/issued/` with an index: a signed document is never written again —
 * its correction is the next version under the same number.
 */
export interface DocumentsService {
  render(document: OfficialDocument, format: 'pdf' | 'docx'): Promise<RenderedDocumentOutput>
  issue(
    document: OfficialDocument,
    correction: boolean
  ): Promise<RenderedDocumentOutput & { issued: IssuedDocument }>
  issued(documentNumber?: string): IssuedDocument[]
  issuedFile(sha256: string): { base64: string }
  sealStatus(): SealCertificateStatus
  configureSeal(input: ConfigureSealInput): Promise<SealCertificateStatus>
}

const StoredSeal = z.object({ name: z.string(), sealed: z.string() })
const SealedKey = z.object({
  keyPem: z.string(),
  certificatePem: z.string(),
  chainPem: z.array(z.string())
})
const IssuedIndex = z.array(issuedDocumentSchema)

const fail = (code: string, params?: Record<string, string>): CodedError =>
  new CodedError(message(code, params))

/** Writes through a temporary file and a rename, readable by this user only. */
function writePrivate(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, data, { mode: 0o600 })
  chmodSync(temporary, 0o600)
  renameSync(temporary, path)
}

function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function toOutput(rendered: RenderedDocument, version: number | null): RenderedDocumentOutput {
  return {
    format: rendered.format,
    base64: Buffer.from(rendered.bytes).toString('base64'),
    sha256: rendered.sha256,
    contentSha256: rendered.contentSha256,
    pages: rendered.pages,
    substitutes: rendered.substitutes,
    signer: rendered.signer,
    version
  }
}

export function createDocumentsService(options: {
  dataLocation: string
  sealer?: SecretSealer
  now: () => Date
}): DocumentsService {
  const sealer = options.sealer ?? userFileSealer
  const folder = join(options.dataLocation, 'documents')
  const sealPath = join(folder, 'seal.json')
  const issuedFolder = join(folder, 'issued')
  const indexPath = join(issuedFolder, 'index.json')

  function storedSeal(): { name: string; signer: DocumentSigner } | null {
    const text = readOptional(sealPath)
    if (text === null) return null
    try {
      const stored = StoredSeal.parse(JSON.parse(text))
      const signer = SealedKey.parse(
        JSON.parse(sealer.unseal(Buffer.from(stored.sealed, 'base64')).toString('utf8'))
      )
      return { name: stored.name, signer }
    } catch {
      throw fail('documents.seal.unreadable')
    }
  }

  function statusOf(seal: { name: string; signer: DocumentSigner } | null): SealCertificateStatus {
    if (!seal) {
      return {
        configured: false,
        fileName: null,
        subject: null,
        issuer: null,
        notBefore: null,
        notAfter: null,
        algorithm: null
      }
    }
    const certificate = new X509Certificate(seal.signer.certificatePem)
    return {
      configured: true,
      fileName: seal.name,
      subject: certificate.subject.replaceAll('\n', ', '),
      issuer: certificate.issuer.replaceAll('\n', ', '),
      notBefore: new Date(certificate.validFrom).toISOString(),
      notAfter: new Date(certificate.validTo).toISOString(),
      algorithm: signerAlgorithm(seal.signer)
    }
  }

  function index(): IssuedDocument[] {
    const text = readOptional(indexPath)
    return text === null ? [] : IssuedIndex.parse(JSON.parse(text))
  }

  let queue: Promise<unknown> = Promise.resolve()
  async function issue(
    document: OfficialDocument,
    correction: boolean
  ): Promise<RenderedDocumentOutput & { issued: IssuedDocument }> {
    const seal = storedSeal()
    if (!seal) throw fail('documents.seal.notConfigured')
    const certificate = new X509Certificate(seal.signer.certificatePem)
    const now = options.now()
    if (now < new Date(certificate.validFrom) || now > new Date(certificate.validTo)) {
      throw fail('documents.seal.expired', { notAfter: certificate.validTo })
    }
    const number = document.documentNumber
    if (!number) throw fail('documents.sign.noNumber')
    const earlier = index().filter((entry) => entry.documentNumber === number)
    if (earlier.length > 0 && !correction) {
      throw fail('documents.issue.alreadyIssued', { number, version: String(earlier.length) })
    }
    const rendered = await renderDocument(document, {
      format: 'pdf',
      seal: { signer: seal.signer, signingTime: now }
    })
    const issued: IssuedDocument = {
      documentNumber: number,
      kind: document.kind,
      version: earlier.length + 1,
      sha256: rendered.sha256,
      contentSha256: rendered.contentSha256,
      signer: rendered.signer ?? '',
      issuedAt: now.toISOString(),
      title: document.title
    }
    mkdirSync(issuedFolder, { recursive: true, mode: 0o700 })
    writePrivate(join(issuedFolder, `${rendered.sha256}.pdf`), rendered.bytes)
    writePrivate(indexPath, JSON.stringify([...index(), issued]))
    return { ...toOutput(rendered, issued.version), issued }
  }

  return {
    async render(document, format) {
      return toOutput(await renderDocument(document, { format }), null)
    },

    issue(document, correction) {
      // One 签发 at a time: two at once must not both take the same version.
      const next = queue.then(() => issue(document, correction))
      queue = next.catch(() => undefined)
      return next
    },

    issued(documentNumber) {
      const all = index()
      return documentNumber ? all.filter((entry) => entry.documentNumber === documentNumber) : all
    },

    issuedFile(sha256) {
      if (!index().some((entry) => entry.sha256 === sha256)) {
        throw fail('documents.issue.unknown')
      }
      return { base64: readFileSync(join(issuedFolder, `${sha256}.pdf`)).toString('base64') }
    },

    sealStatus() {
      try {
        return statusOf(storedSeal())
      } catch {
        return statusOf(null)
      }
    },

    async configureSeal(input) {
      if (input.action === 'remove') {
        rmSync(sealPath, { force: true })
        return statusOf(null)
      }
      let signer: DocumentSigner
      try {
        signer = await readPkcs12(
          new Uint8Array(Buffer.from(input.base64, 'base64')),
          input.password
        )
      } catch (error) {
        if (error instanceof SyncFailure) {
          const { code, params } = error.fault.message
          throw new CodedError(
            message(code.replace('sync.pkcs12.', 'documents.seal.pkcs12.'), {
              ...params,
              file: input.name
            })
          )
        }
        throw error
      }
      signerAlgorithm(signer)
      const sealed = sealer.seal(Buffer.from(JSON.stringify(signer), 'utf8')).toString('base64')
      mkdirSync(folder, { recursive: true, mode: 0o700 })
      writePrivate(sealPath, JSON.stringify({ name: input.name, sealed }))
      return statusOf({ name: input.name, signer })
    }
  }
}
