/** The cryptographic side of seal verification (电子签章密码校验). Boundary types: types.ts. */
export * from './types'
export { verifySignatureBlob } from './verify'
export { detectBlobFormat } from './format'
export { summarizeCertificate, isValidUscc } from './certificates'
export { parseTrustMaterial, type TrustMaterial } from './trust-material'
export { pureJsHasher } from './hasher'
export { parseSeal, type ParseSealResult } from './ses'
