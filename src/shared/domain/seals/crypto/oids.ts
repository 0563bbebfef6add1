/** Object identifiers the verifier recognises, and what each one means for it. */
import type { DigestAlgorithm } from './types'

export const oids = {
  signedData: '1.2.840.113549.1.7.2',
  gmSignedData: '1.2.156.10197.6.1.4.2.2',
  data: '1.2.840.113549.1.7.1',
  gmData: '1.2.156.10197.6.1.4.2.1',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  revocationInfoArchival: '1.2.840.113583.1.1.8',
  ocspBasic: '1.3.6.1.5.5.7.48.1.1',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  sm2Curve: '1.2.156.10197.1.301',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  crlReason: '2.5.29.21',
  authorityKeyIdentifier: '2.5.29.35'
} as const

export const cmsContentTypes: readonly string[] = [oids.signedData, oids.gmSignedData]

export const digestAlgorithmByOid: Readonly<Record<string, DigestAlgorithm>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
  '1.2.156.10197.1.401': 'SM3',
  // Producers seen in the wild put a signature OID in digestAlgorithm (GmSSL issue #1701).
  '1.2.156.10197.1.501': 'SM3',
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512'
}

export const digestOidByAlgorithm: Readonly<Record<DigestAlgorithm, string>> = {
  'SHA-1': '1.3.14.3.2.26',
  'SHA-256': '2.16.840.1.101.3.4.2.1',
  'SHA-384': '2.16.840.1.101.3.4.2.2',
  'SHA-512': '2.16.840.1.101.3.4.2.3',
  SM3: '1.2.156.10197.1.401'
}

export type SignatureScheme = 'RSA-PKCS1-v1_5' | 'RSA-PSS' | 'ECDSA' | 'ECDSA-plain' | 'SM2-SM3'

export interface KnownSignatureAlgorithm {
  scheme: SignatureScheme
  /** Absent when the OID names only the key type and the digest comes from elsewhere. */
  digest?: DigestAlgorithm
}

export const signatureAlgorithmByOid: Readonly<Record<string, KnownSignatureAlgorithm>> = {
  [oids.rsaEncryption]: { scheme: 'RSA-PKCS1-v1_5' },
  '1.2.840.113549.1.1.5': { scheme: 'RSA-PKCS1-v1_5', digest: 'SHA-1' },
  '1.2.840.113549.1.1.11': { scheme: 'RSA-PKCS1-v1_5', digest: 'SHA-256' },
  '1.2.840.113549.1.1.12': { scheme: 'RSA-PKCS1-v1_5', digest: 'SHA-384' },
  '1.2.840.113549.1.1.13': { scheme: 'RSA-PKCS1-v1_5', digest: 'SHA-512' },
  [oids.rsaPss]: { scheme: 'RSA-PSS' },
  [oids.ecPublicKey]: { scheme: 'ECDSA' },
  '1.2.840.10045.4.1': { scheme: 'ECDSA', digest: 'SHA-1' },
  '1.2.840.10045.4.3.2': { scheme: 'ECDSA', digest: 'SHA-256' },
  '1.2.840.10045.4.3.3': { scheme: 'ECDSA', digest: 'SHA-384' },
  '1.2.840.10045.4.3.4': { scheme: 'ECDSA', digest: 'SHA-512' },
  // BSI TR-03111 ecdsa-plain-*: the value is r‖s rather than DER.
  '0.4.0.127.0.7.1.1.4.1.1': { scheme: 'ECDSA-plain', digest: 'SHA-1' },
  '0.4.0.127.0.7.1.1.4.1.3': { scheme: 'ECDSA-plain', digest: 'SHA-256' },
  '0.4.0.127.0.7.1.1.4.1.4': { scheme: 'ECDSA-plain', digest: 'SHA-384' },
  '0.4.0.127.0.7.1.1.4.1.5': { scheme: 'ECDSA-plain', digest: 'SHA-512' },
  // SM2-with-SM3 (GB/T 33560), sm2-1 (what GM/T 0010 asks for) and the bare SM2 curve OID.
  '1.2.156.10197.1.501': { scheme: 'SM2-SM3', digest: 'SM3' },
  '1.2.156.10197.1.301.1': { scheme: 'SM2-SM3', digest: 'SM3' },
  [oids.sm2Curve]: { scheme: 'SM2-SM3', digest: 'SM3' }
}

export const namedCurveByOid: Readonly<Record<string, { name: string; size: number }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', size: 32 },
  '1.3.132.0.34': { name: 'P-384', size: 48 },
  '1.3.132.0.35': { name: 'P-521', size: 66 }
}
