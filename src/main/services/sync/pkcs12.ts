import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { SyncFailure, syncFault } from '../../../shared/domain/sync/faults'
import type { PackageSigner } from './package-file'

const ENCRYPTED_DATA = '1.2.840.113549.1.7.6'
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2'
const CERT_BAG = '1.2.840.113549.1.12.10.1.3'
/** The PKCS#12 password-based schemes of RFC 7292 §C (RC2, RC4, 3DES): WebCrypto has none. */
const LEGACY_SCHEME = /^1\.2\.840\.113549\.1\.12\.1\.\d$/

/** The pkijs message names the scheme it lacks; the user needs only to know it is an old one. */
function legacyScheme(error: unknown): string | null {
  const text = error instanceof Error ? error.message : String(error)
  const oid = /"?(1\.2\.840\.113549\.1\.12\.1\.\d)"?/.exec(text)?.[1]
  return oid !== undefined && LEGACY_SCHEME.test(oid) ? oid : null
}

function refuse(error: unknown): never {
  const legacy = legacyScheme(error)
  if (legacy) throw syncFault('refused', 'sync.pkcs12.legacy', { algorithm: legacy })
  throw syncFault('refused', 'sync.pkcs12.password')
}

/**
 * The private key and certificate of a PKCS#12 file (客户端证书), for main to sign with: what
 * `openssl pkcs12 -export` writes by default (PBES2, AES, PBKDF2 and an HMAC-SHA-256 MAC). The
 * MAC is checked before anything is decrypted, so a wrong password or an altered file is refused
 * as such; files under the old RC2/3DES schemes are refused with a way to export them anew.
 * The file's other certificates (its CA chain) come along, for signatures that embed them.
 */
export async function readPkcs12(
  pfx: Uint8Array,
  password: string
): Promise<PackageSigner & { chainPem: string[] }> {
  const parsed = asn1js.fromBER(new Uint8Array(pfx).slice().buffer)
  if (parsed.offset === -1) throw syncFault('refused', 'sync.pkcs12.unreadable')
  let file: pkijs.PFX
  try {
    file = new pkijs.PFX({ schema: parsed.result })
  } catch {
    throw syncFault('refused', 'sync.pkcs12.unreadable')
  }
  const secret = new TextEncoder().encode(password).slice().buffer
  const keys: string[] = []
  const certificates: X509Certificate[] = []
  try {
    await file.parseInternalValues({ password: secret, checkIntegrity: true })
    const safe = file.parsedValue?.authenticatedSafe
    if (!safe) throw syncFault('refused', 'sync.pkcs12.unreadable')
    await safe.parseInternalValues({
      safeContents: safe.safeContents.map((content) =>
        content.contentType === ENCRYPTED_DATA ? { password: secret } : {}
      )
    })
    const contents = (safe.parsedValue as { safeContents: { value: pkijs.SafeContents }[] })
      .safeContents
    for (const { value } of contents) {
      for (const bag of value.safeBags) {
        if (bag.bagId === SHROUDED_KEY_BAG) {
          // The bag is an EncryptedPrivateKeyInfo: OpenSSL, behind node:crypto, decrypts it.
          const encrypted = (bag.bagValue as pkijs.PKCS8ShroudedKeyBag).toSchema().toBER()
          const key = createPrivateKey({
            key: Buffer.from(encrypted),
            format: 'der',
            type: 'pkcs8',
            passphrase: password
          })
          keys.push(key.export({ type: 'pkcs8', format: 'pem' }).toString())
        } else if (bag.bagId === CERT_BAG) {
          const certificate = (bag.bagValue as pkijs.CertBag).parsedValue
          if (certificate instanceof pkijs.Certificate)
            certificates.push(new X509Certificate(Buffer.from(certificate.toSchema().toBER())))
        }
      }
    }
  } catch (error) {
    if (error instanceof SyncFailure) throw error
    refuse(error)
  }
  // The certificate is the one whose public key is the key's: a file may carry its CA chain too.
  for (const keyPem of keys) {
    const publicKey = createPublicKey(keyPem).export({ type: 'spki', format: 'der' })
    const own = certificates.find((certificate) =>
      certificate.publicKey.export({ type: 'spki', format: 'der' }).equals(publicKey)
    )
    if (own) {
      const chainPem = certificates.filter((c) => c !== own).map((c) => c.toString())
      return { keyPem, certificatePem: own.toString(), chainPem }
    }
  }
  throw syncFault('refused', 'sync.pkcs12.noKey')
}
