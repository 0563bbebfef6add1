/**
 * GB/T 38540 电子签章 verification, in the order the standard gives: format; SM2 over
 * DER(TBS_Sign) with the signer certificate; dataHash = SM3(signed bytes); the signer's chain,
 * validity and revocation; the seal (maker signature, validity window, certList); timestamp.
 */
import * as pkijs from 'pkijs'
import { message, type Message } from '../../../i18n/message'
import type { SignatureWarning } from '../codes'
import { assessSigner, contextFor, unassessedSigner } from './assessment'
import { parseCertificate, summarize, type ParsedCertificate } from './certificates'
import { bytesEqual, parseBer, toBase64 } from './der'
import { hashChunks } from './hasher'
import { parseSealNode, parseSes, type ParsedSeal, type SealCertList } from './ses-structure'
import { verifySignature } from './signatures'
import { StructureError, structureProblem } from './structure-error'
import { checkSignatureTimestamp, provenTimeOf } from './timestamp'
import type {
  DigestAlgorithm,
  SealInfo,
  SealPicture,
  SignatureBlobInput,
  SignatureBlobVerdict
} from './types'

async function checkSm2(
  certificate: ParsedCertificate | undefined,
  algorithmOid: string | undefined,
  data: Uint8Array,
  signature: Uint8Array | undefined
) {
  if (!certificate || !algorithmOid || !signature)
    return { valid: null, label: algorithmOid ?? 'SM2-SM3' }
  return verifySignature({
    publicKey: certificate.certificate.subjectPublicKeyInfo,
    algorithm: new pkijs.AlgorithmIdentifier({ algorithmId: algorithmOid }),
    data,
    signature
  })
}

const certListDigests: Readonly<Record<string, DigestAlgorithm>> = {
  SM3: 'SM3',
  SHA1: 'SHA-1',
  SHA256: 'SHA-256'
}

function signerInCertList(list: SealCertList, signerDer: Uint8Array | undefined): boolean | null {
  if (!signerDer) return null
  if (list.kind === 'certs') return list.certificates.some((der) => bytesEqual(der, signerDer))
  const comparable = list.digests.flatMap(({ type, value }) => {
    const algorithm = certListDigests[type.toUpperCase().replace(/[^A-Z0-9]/g, '')]
    return algorithm ? [{ algorithm, value }] : []
  })
  if (comparable.length === 0) return null
  return comparable.some(({ algorithm, value }) =>
    bytesEqual(hashChunks(algorithm, [signerDer]), value)
  )
}

const imageSignatures: { type: string; magic: number[] }[] = [
  { type: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'JPG', magic: [0xff, 0xd8, 0xff] },
  { type: 'GIF', magic: [0x47, 0x49, 0x46, 0x38] },
  { type: 'BMP', magic: [0x42, 0x4d] }
]

/** Shown only when the bytes really are a raster image the renderer can display. */
function pictureOf(picture: NonNullable<ParsedSeal['picture']>): SealPicture {
  const isImage = imageSignatures.some(({ magic }) =>
    magic.every((byte, i) => picture.data[i] === byte)
  )
  return {
    type: picture.type.toUpperCase(),
    ...(picture.width !== undefined ? { widthMm: picture.width } : {}),
    ...(picture.height !== undefined ? { heightMm: picture.height } : {}),
    displayable: isImage,
    ...(isImage ? { dataBase64: toBase64(picture.data) } : {})
  }
}

async function sealInfoOf(
  seal: ParsedSeal,
  signerDer: Uint8Array | undefined,
  signingTime: Date | undefined
): Promise<SealInfo> {
  const maker = seal.makerCertificate ? parseCertificate(seal.makerCertificate) : undefined
  const makerCheck = await checkSm2(
    maker,
    seal.makerAlgorithmOid,
    seal.makerSignedBytes,
    seal.makerSignature
  )
  const window =
    seal.validStart && seal.validEnd && signingTime
      ? { start: seal.validStart, end: seal.validEnd }
      : undefined
  return {
    version: seal.version ?? 0,
    esId: seal.esId,
    ...(seal.vid !== undefined ? { vid: seal.vid } : {}),
    name: seal.name,
    ...(seal.type !== undefined ? { type: seal.type } : {}),
    ...(seal.createDate ? { createDate: seal.createDate.toISOString() } : {}),
    ...(seal.validStart ? { validStart: seal.validStart.toISOString() } : {}),
    ...(seal.validEnd ? { validEnd: seal.validEnd.toISOString() } : {}),
    ...(maker ? { maker: summarize(maker) } : {}),
    makerSignatureValid: makerCheck.valid,
    signerInCertList: signerInCertList(seal.certList, signerDer),
    validAtSigningTime:
      window && signingTime
        ? window.start.getTime() <= signingTime.getTime() &&
          signingTime.getTime() <= window.end.getTime()
        : null,
    ...(seal.picture ? { picture: pictureOf(seal.picture) } : {})
  }
}

/** `element`: the SES_Signature as classified, a view into /Contents. */
export async function verifySes(
  input: SignatureBlobInput,
  element: Uint8Array,
  version: 1 | 4 | 5
): Promise<SignatureBlobVerdict> {
  const root = parseBer(element)
  if (!root) {
    throw new StructureError(message('seals.structure.notBer', { structure: 'SES_Signature' }))
  }
  const ses = parseSes(root, version)
  const warnings: SignatureWarning[] = []
  if (ses.usedOctetStrings) warnings.push('seals.warning.sesOctetStringFields')
  const signer = ses.signerCertificate ? parseCertificate(ses.signerCertificate) : undefined
  if (!signer) warnings.push('seals.warning.signerCertificateMissing')
  const signature = await checkSm2(signer, ses.signatureAlgorithmOid, ses.tbsBytes, ses.signature)
  if (signature.valid === null && signer) warnings.push('seals.warning.unknownSignatureAlgorithm')
  const intact = bytesEqual(ses.dataHash, await input.hasher.digest('SM3', input.signedChunks))

  const seal = await sealInfoOf(ses.seal, ses.signerCertificate, ses.signingTime)
  if (seal.makerSignatureValid === false) warnings.push('seals.warning.sealMakerSignatureInvalid')
  if (seal.signerInCertList === false) warnings.push('seals.warning.signerNotInSealCertList')
  if (seal.validAtSigningTime === false) warnings.push('seals.warning.sealNotValidAtSigningTime')

  const embedded = [
    signer,
    ses.seal.makerCertificate ? parseCertificate(ses.seal.makerCertificate) : undefined
  ]
  const context = contextFor(input, {
    certificates: embedded.filter((c): c is ParsedCertificate => c !== undefined),
    evidence: []
  })
  const timestamp = ses.timeStampToken
    ? (
        await checkSignatureTimestamp(
          ses.timeStampToken,
          ses.signature,
          context,
          input.hasher,
          warnings
        )
      )?.verdict
    : undefined
  const { warnings: signerWarnings, ...assessment } = signer
    ? await assessSigner(signer, ses.signingTime, context, provenTimeOf(timestamp))
    : unassessedSigner()
  warnings.push(...signerWarnings)
  return {
    format: `ses-v${version}`,
    digestAlgorithm: 'SM3',
    signatureAlgorithm: signature.label,
    intact,
    valid: signature.valid,
    ...assessment,
    ...(ses.signingTime ? { signingTime: ses.signingTime.toISOString() } : {}),
    ...(timestamp ? { timestamp } : {}),
    seal,
    warnings: [...new Set(warnings)]
  }
}

/** A bare seal, or why it cannot be read (words, `seals.structure.*`). */
export type ParseSealResult = { ok: true; seal: SealInfo } | { ok: false; error: Message }

/** A bare SESeal (电子印章 file, e.g. *.esl) for display: name, maker, validity, picture. */
export async function parseSeal(der: Uint8Array): Promise<ParseSealResult> {
  const root = parseBer(der)
  if (!root) {
    return { ok: false, error: message('seals.structure.notBer', { structure: 'SESeal' }) }
  }
  try {
    return { ok: true, seal: await sealInfoOf(parseSealNode(root), undefined, undefined) }
  } catch (error) {
    return { ok: false, error: structureProblem(error) }
  }
}
