import PDFDocument from 'pdfkit'
import {
  layoutDocument,
  type DocumentLayout,
  type FontRole
} from '../../../shared/domain/documents/layout'
import { OFFICIAL_RED, PAGE_HEIGHT_MM, PT_PER_MM } from '../../../shared/domain/documents/gbt9704'
import type { OfficialDocument } from '../../../shared/domain/documents/official-document'
import type { FontSet } from './fonts'
import { drawVerificationCode, sealAppearance, type OutlineFont } from './pdf-seal'

/**
 * Writes an official document as PDF: the GB/T 9704 layout drawn with embedded CID fonts
 * (PDFKit subsets the OpenType substitutes; no Type 3 glyphs, text extractable). A sealed
 * document also gets the seal as a signature widget's appearance at the 印章 position, the
 * verification code, and a /Contents placeholder that `signPdf` fills.
 */

export interface PdfSealing {
  /** Signer's name for /Name. */
  signerName: string
  /** Drawn around the seal's rim. */
  sealText: string
  /** Printed as the verification code. */
  verificationText: string
  /** Bytes reserved for the CMS signature. */
  signatureBytes: number
  signingTime: Date
}

export interface WrittenPdf {
  bytes: Uint8Array
  layout: DocumentLayout
}

const mm = (value: number): number => value * PT_PER_MM
/** The ideographic em box's top above the baseline, as a share of the size. */
const EM_TOP = 0.88

/** ByteRange numbers are written over this placeholder once the file's length is known. */
export const BYTE_RANGE_PLACEHOLDER = '**********'

export async function writePdf(
  document: OfficialDocument,
  fonts: FontSet,
  sealing: PdfSealing | null = null
): Promise<WrittenPdf> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    info: {
      Title: document.title.replaceAll('\n', ''),
      Author: document.masthead,
      Subject: document.documentNumber ?? '',
      Creator: '证照治理工作台',
      CreationDate: new Date(`${document.printedOn}T00:00:00+08:00`)
    }
  })
  for (const [role, face] of Object.entries(fonts)) {
    if (face.postscriptName) pdf.registerFont(role, face.path, face.postscriptName)
    else pdf.registerFont(role, face.path)
  }
  const measure = (text: string, font: FontRole, sizePt: number): number =>
    pdf.font(font).fontSize(sizePt).widthOfString(text)
  const layout = layoutDocument(document, measure)

  const chunks: Buffer[] = []
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve)
    pdf.on('error', reject)
  })

  for (const page of layout.pages) {
    pdf.addPage({ size: 'A4', margin: 0 })
    for (const rule of page.rules) {
      pdf
        .save()
        .moveTo(mm(rule.xMm), mm(rule.yMm))
        .lineTo(mm(rule.xMm + rule.lengthMm), mm(rule.yMm))
        .lineWidth(mm(rule.weightMm))
        .strokeColor(rule.red ? OFFICIAL_RED : 'black')
        .stroke()
        .restore()
    }
    for (const text of page.texts) {
      pdf.font(text.font).fontSize(text.sizePt)
      const font = (pdf as unknown as { _font: { ascender: number } })._font
      const baseline = mm(text.topMm) + EM_TOP * text.sizePt
      pdf
        .fillColor(text.red ? OFFICIAL_RED : 'black')
        .text(text.text, mm(text.xMm), baseline - (font.ascender / 1000) * text.sizePt, {
          lineBreak: false,
          characterSpacing: text.charSpacingPt
        })
    }
  }

  if (sealing) {
    pdf.switchToPage(layout.seal.page)
    drawVerificationCode(pdf, sealing.verificationText, layout.verificationCode)
    addSignatureField(pdf, layout, sealing)
  }
  pdf.end()
  await finished
  return { bytes: new Uint8Array(Buffer.concat(chunks)), layout }
}

interface PdfKitInternals {
  ref(data: Record<string, unknown>): PdfRef
  page: { annotations: PdfRef[]; dictionary: PdfRef; height: number }
  _root: { data: Record<string, unknown> }
  _font: PdfFont
  _acroform: { fonts: Record<string, unknown>; defaultFont: string }
}
interface PdfRef {
  end(data?: string | Buffer): void
  data: Record<string, unknown>
}
interface PdfFont {
  font: OutlineFont
}

/**
 * The signature dictionary with its placeholders, a widget whose appearance is the seal, and
 * the AcroForm that lists it (SigFlags 3: signatures exist, append only).
 */
function addSignatureField(
  pdf: PDFKit.PDFDocument,
  layout: DocumentLayout,
  sealing: PdfSealing
): void {
  const internals = pdf as unknown as PdfKitInternals
  const signature = internals.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: Buffer.alloc(sealing.signatureBytes),
    M: sealing.signingTime,
    Name: new String(sealing.signerName),
    Reason: new String('签发')
  })
  signature.end()
  const { seal } = layout
  const side = mm(seal.diameterMm)
  pdf.font('masthead')
  const appearance = sealAppearance(internals, internals._font.font, side, sealing.sealText)
  const left = mm(seal.centerXMm) - side / 2
  const bottom = mm(PAGE_HEIGHT_MM - seal.centerYMm) - side / 2
  const widget = internals.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [left, bottom, left + side, bottom + side],
    V: signature,
    T: new String('印章1'),
    F: 4,
    P: internals.page.dictionary,
    AP: { N: appearance }
  })
  widget.end()
  internals.page.annotations.push(widget)
  // PDFKit ends the AcroForm (not its fields) itself when the document ends.
  internals._acroform = { fonts: {}, defaultFont: 'masthead' }
  internals._root.data.AcroForm = internals.ref({ Fields: [widget], SigFlags: 3, DR: { Font: {} } })
}
