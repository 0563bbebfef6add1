import { CodedError } from '../../../shared/contract'
import { message } from '../../../shared/i18n/message'
import { buildPadesSignature, type DocumentSigner } from './cms-signer'
import { BYTE_RANGE_PLACEHOLDER } from './pdf-writer'

/**
 * Fills a sealed PDF's signature: writes the real /ByteRange over its placeholder, signs the
 * two ranges around /Contents (everything but the signature itself) and writes the CMS into
 * /Contents. The file's length never changes, so the ranges stay true.
 */
export async function signPdf(pdf: Uint8Array, signer: DocumentSigner): Promise<Uint8Array> {
  const text = Buffer.from(pdf).toString('latin1')
  const placeholder = `[0 /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER} /${BYTE_RANGE_PLACEHOLDER}]`
  const rangeAt = text.indexOf(placeholder)
  if (rangeAt < 0 || text.indexOf(placeholder, rangeAt + 1) >= 0) {
    throw new CodedError(message('documents.sign.noSealPosition'))
  }
  const contentsAt = text.indexOf('/Contents <', rangeAt)
  const start = text.indexOf('<', contentsAt)
  const end = text.indexOf('>', start) + 1
  if (contentsAt < 0 || end <= start || !/^<0+>$/.test(text.slice(start, end))) {
    throw new CodedError(message('documents.sign.noSealPosition'))
  }
  const ranges = [0, start, end, pdf.length - end]
  const written = `[${ranges.join(' ')}]`.padEnd(placeholder.length, ' ')
  const out = Buffer.from(pdf)
  out.write(written, rangeAt, 'latin1')
  const signature = await buildPadesSignature(signer, [out.subarray(0, start), out.subarray(end)])
  const hex = Buffer.from(signature).toString('hex')
  if (hex.length > end - start - 2) throw new CodedError(message('documents.sign.tooLarge'))
  out.write(hex, start + 1, 'latin1')
  return new Uint8Array(out)
}
