/** Shared test inputs: a fake PDF's signed ranges and a verification input around a blob. */
import * as pkijs from 'pkijs'
import {
  pureJsHasher,
  verifySignatureBlob,
  type SignatureBlobInput,
  type SignatureBlobVerdict
} from '../../../../../src/shared/domain/seals/crypto'
import { testRevocation, testTrustAnchors } from '../../../../fixtures/signers'

const documentBytes = new TextEncoder().encode(
  '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n' + '许昌市电子证照 '.repeat(40) + '\n%%EOF\n'
)
/** Two ranges, as a ByteRange around /Contents would give. */
export const signedChunks: readonly Uint8Array[] = [
  documentBytes.subarray(0, 200),
  documentBytes.subarray(200)
]

/** The same ranges with one byte of the document changed. */
export function tamperedChunks(): Uint8Array[] {
  const copy = documentBytes.slice()
  copy[150] = copy[150]! ^ 0x01
  return [copy.subarray(0, 200), copy.subarray(200)]
}

export function verify(
  contents: Uint8Array,
  overrides: Partial<SignatureBlobInput> = {}
): Promise<SignatureBlobVerdict> {
  return verifySignatureBlob({
    contents,
    signedChunks,
    trustAnchors: testTrustAnchors('all'),
    revocation: testRevocation(),
    now: new Date(),
    hasher: pureJsHasher,
    ...overrides
  })
}

/** Flips one bit of `needle`'s byte at `at`, wherever `needle` sits in `blob`. */
export function flipInside(
  blob: Uint8Array,
  needle: Uint8Array,
  at = needle.length - 2
): Uint8Array {
  const start = Buffer.from(blob).indexOf(Buffer.from(needle))
  if (start < 0) throw new Error('needle not found in blob')
  const copy = blob.slice()
  copy[start + at] = copy[start + at]! ^ 0x01
  return copy
}

export function cmsSignatureValue(blob: Uint8Array): Uint8Array {
  const contentInfo = pkijs.ContentInfo.fromBER(blob)
  const signedData = new pkijs.SignedData({ schema: contentInfo.content })
  return new Uint8Array(signedData.signerInfos[0]!.signature.valueBlock.valueHexView)
}
