/**
 * verifySignatureBlob: the one entry point of the cryptographic side. It never throws: a blob it
 * cannot read becomes a verdict with format 'unknown' and a formatError, and a failure inside a
 * recognised format becomes a verdict of that format with the error and nothing claimed.
 */
import { message, type Message } from '../../../i18n/message'
import { verifyCms, verifyDocumentTimestamp } from './cms'
import { classifyBlob } from './format'
import { verifySes } from './ses'
import { structureProblem } from './structure-error'
import type { BlobFormat, SignatureBlobInput, SignatureBlobVerdict } from './types'

function undecidedVerdict(format: BlobFormat, formatError: Message): SignatureBlobVerdict {
  return {
    format,
    formatError,
    intact: null,
    valid: null,
    chain: [],
    trusted: false,
    signerValidAtSigningTime: null,
    signerValidNow: null,
    revocation: { status: 'unknown' },
    warnings: []
  }
}

export async function verifySignatureBlob(
  input: SignatureBlobInput
): Promise<SignatureBlobVerdict> {
  const classified = classifyBlob(input.contents)
  const { format, element } = classified
  if (format === 'unknown' || !element) {
    return undecidedVerdict(
      'unknown',
      classified.formatError ?? message('seals.format.unrecognised')
    )
  }
  try {
    switch (format) {
      case 'cms':
        return await verifyCms(input, element)
      case 'rfc3161':
        return await verifyDocumentTimestamp(input, element)
      case 'ses-v1':
        return await verifySes(input, element, 1)
      case 'ses-v4':
        return await verifySes(input, element, 4)
      case 'ses-v5':
        return await verifySes(input, element, 5)
    }
  } catch (error) {
    return undecidedVerdict(
      format,
      message('seals.format.structure', { problem: structureProblem(error) })
    )
  }
}
