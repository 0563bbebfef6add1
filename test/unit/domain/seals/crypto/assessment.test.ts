/**
 * What a verdict says about the signer's certificate (crypto/assessment.ts): which key usages
 * allow signing (RFC 5280 §4.2.1.3), a revocation at the very second a timestamp proves, and a
 * signature whose certificate cannot be found. Certificates issued here by the test intermediate
 * with the openssl CLI.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  assessSigner,
  type VerificationContext
} from '../../../../../src/shared/domain/seals/crypto/assessment'
import {
  parseCertificate,
  type ParsedCertificate
} from '../../../../../src/shared/domain/seals/crypto/certificates'
import { getTestPki } from '../../../../fixtures/pki'
import { buildCmsSignature } from '../../../../fixtures/signers'
import { signedChunks, verify } from './helpers'

const parsed = (der: Uint8Array): ParsedCertificate => {
  const certificate = parseCertificate(der)
  if (!certificate) throw new Error('test certificate does not parse')
  return certificate
}

/** The test RSA root trusted, its intermediate available, and `evidence` for revocation. */
function context(evidence: VerificationContext['evidence'] = []): VerificationContext {
  const pki = getTestPki()
  return {
    anchors: [parsed(pki.rsaRoot.certDer)],
    pool: [parsed(pki.rsaIntermediate.certDer)],
    evidence,
    now: new Date()
  }
}

describe('key usages that allow signing (RFC 5280 §4.2.1.3)', () => {
  let dir: string
  /** A leaf from the test intermediate with exactly this keyUsage. */
  const leafWith = (usage: string): Uint8Array => {
    const pki = getTestPki()
    const name = usage.replace(/\W/g, '')
    writeFileSync(
      join(dir, `${name}.cnf`),
      `[leaf]\nbasicConstraints = critical,CA:FALSE\nkeyUsage = critical,${usage}\n` +
        'subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n'
    )
    const openssl = (...args: string[]) =>
      execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
    openssl(
      'req',
      '-new',
      '-key',
      pki.rsa.keyPath,
      '-subj',
      `/C=CN/O=许昌测试 PKI/CN=Test Signer ${name}`,
      '-utf8',
      '-out',
      `${name}.csr`
    )
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      pki.rsaIntermediate.certPath,
      '-CAkey',
      pki.rsaIntermediate.keyPath,
      '-set_serial',
      '0x5a17',
      '-days',
      '365',
      '-sha256',
      '-extfile',
      `${name}.cnf`,
      '-extensions',
      'leaf',
      '-outform',
      'DER',
      '-out',
      `${name}.der`
    )
    return new Uint8Array(readFileSync(join(dir, `${name}.der`)))
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'key-usage-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(['digitalSignature', 'nonRepudiation'])(
    'a signer whose key usage is %s alone is trusted',
    async (usage) => {
      const assessed = await assessSigner(parsed(leafWith(usage)), new Date(), context())
      expect(assessed.signer?.keyUsage).toEqual([usage])
      expect(assessed.trusted).toBe(true)
      expect(assessed.trustProblem).toBeUndefined()
    }
  )

  it('a signer whose key usage is keyAgreement alone is not trusted: key usage', async () => {
    const assessed = await assessSigner(parsed(leafWith('keyAgreement')), new Date(), context())
    expect(assessed.trusted).toBe(false)
    expect(assessed.trustProblem).toBe('key-usage')
  })
})

describe('revoked at the very second the timestamp proves', () => {
  // The test CRL revokes `revokedLater` at 2024-01-01T00:00:00Z (keyCompromise).
  const revokedAt = new Date('2024-01-01T00:00:00Z')
  const assessed = (provenTime: Date) => {
    const pki = getTestPki()
    return assessSigner(
      parsed(pki.revokedLater.certDer),
      new Date('2023-06-01T00:00:00Z'),
      context([{ der: pki.crlDer, kind: 'crl', source: 'embedded-crl' }]),
      provenTime
    )
  }

  it('a time equal to revokedAt is not before the revocation: not trusted', async () => {
    const result = await assessed(revokedAt)
    expect(result.revocation).toMatchObject({
      status: 'revoked',
      revokedAt: '2024-01-01T00:00:00.000Z'
    })
    expect(result.trusted).toBe(false)
    expect(result.warnings).not.toContain('seals.warning.revokedAfterSigning')
  })

  it('one second earlier is: trusted, and the revocation after signing is named', async () => {
    const result = await assessed(new Date('2023-12-31T23:59:59Z'))
    expect(result.trusted).toBe(true)
    expect(result.warnings).toContain('seals.warning.revokedAfterSigning')
  })
})

describe('a signature whose certificate cannot be found', () => {
  it('has no chain, no trust, and only the warning that says so', async () => {
    const pki = getTestPki()
    const verdict = await verify(
      await buildCmsSignature({
        signedChunks,
        signer: 'rsa',
        certificates: [pki.rsaIntermediate.certDer]
      })
    )
    expect(verdict).toMatchObject({
      chain: [],
      trusted: false,
      trustProblem: 'no-chain',
      signerValidAtSigningTime: null,
      signerValidNow: null,
      revocation: { status: 'unknown' }
    })
    expect(verdict.warnings).toEqual(['seals.warning.signerCertificateMissing'])
  })
})
