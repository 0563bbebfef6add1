import qrcode from 'qrcode-generator'
import { OFFICIAL_RED, PT_PER_MM } from '../../../shared/domain/documents/gbt9704'
import type { DocumentLayout } from '../../../shared/domain/documents/layout'

/**
 * What a sealed document shows: the round seal (印章) as the signature widget's appearance —
 * a red rim, the issuer's name around the top, a five-pointed star — and the verification code
 * (document number and SHA-256) beside it.
 */

interface RefMaker {
  ref(data: Record<string, unknown>): { end(data?: string): void }
}

const RED = hexToRgb(OFFICIAL_RED)

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return [value >> 16, (value >> 8) & 0xff, value & 0xff].map((c) => (c / 255).toFixed(3)).join(' ')
}

const n = (value: number): string => value.toFixed(3)

/** A circle as four Bézier arcs (κ = 0.5523). */
function circle(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r
  return [
    `${n(cx + r)} ${n(cy)} m`,
    `${n(cx + r)} ${n(cy + k)} ${n(cx + k)} ${n(cy + r)} ${n(cx)} ${n(cy + r)} c`,
    `${n(cx - k)} ${n(cy + r)} ${n(cx - r)} ${n(cy + k)} ${n(cx - r)} ${n(cy)} c`,
    `${n(cx - r)} ${n(cy - k)} ${n(cx - k)} ${n(cy - r)} ${n(cx)} ${n(cy - r)} c`,
    `${n(cx + k)} ${n(cy - r)} ${n(cx + r)} ${n(cy - k)} ${n(cx + r)} ${n(cy)} c`
  ].join('\n')
}

function star(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.382
  const points: string[] = []
  for (let index = 0; index < 10; index += 1) {
    const radius = index % 2 === 0 ? outer : inner
    const angle = Math.PI / 2 + (index * Math.PI) / 5
    const x = cx + radius * Math.cos(angle)
    const y = cy + radius * Math.sin(angle)
    points.push(`${n(x)} ${n(y)} ${index === 0 ? 'm' : 'l'}`)
  }
  return `${points.join('\n')}\nh f`
}

/** A glyph's outline as path operators, in font units. */
function outline(glyph: OutlineGlyph): string {
  const operators: string[] = []
  let current: [number, number] = [0, 0]
  for (const { command, args } of glyph.path.commands) {
    const a = args.map(n)
    if (command === 'moveTo') operators.push(`${a[0]} ${a[1]} m`)
    else if (command === 'lineTo') operators.push(`${a[0]} ${a[1]} l`)
    else if (command === 'bezierCurveTo') operators.push(`${a.join(' ')} c`)
    else if (command === 'quadraticCurveTo') {
      // A quadratic Bézier raised to a cubic one: control points ⅔ of the way to the quadratic's.
      const [qx = 0, qy = 0, x = 0, y = 0] = args
      const c1 = [
        current[0] + (2 / 3) * (qx - current[0]),
        current[1] + (2 / 3) * (qy - current[1])
      ]
      const c2 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)]
      operators.push(
        `${n(c1[0] ?? 0)} ${n(c1[1] ?? 0)} ${n(c2[0] ?? 0)} ${n(c2[1] ?? 0)} ${n(x)} ${n(y)} c`
      )
    } else if (command === 'closePath') operators.push('h')
    if (args.length >= 2) current = [args[args.length - 2] ?? 0, args[args.length - 1] ?? 0]
  }
  return operators.join('\n')
}

interface OutlineGlyph {
  path: { commands: { command: string; args: number[] }[] }
}

/** What the seal needs of a font: its outlines (the seal's words are drawn, not set as text). */
export interface OutlineFont {
  unitsPerEm: number
  glyphForCodePoint(codePoint: number): OutlineGlyph
}

/**
 * The seal's appearance stream (a form XObject `side` points square). The issuer's name is drawn
 * as outlines, so that text extraction reads the document, not the seal around its signature.
 */
export function sealAppearance(pdf: RefMaker, font: OutlineFont, side: number, text: string) {
  const centre = side / 2
  const rim = side * 0.035
  const radius = centre - rim / 2
  const characters = [...text]
  const textRadius = radius - rim / 2 - side * 0.02
  const span = (220 * Math.PI) / 180
  const size = Math.min(side * 0.14, ((span * textRadius) / Math.max(characters.length, 1)) * 0.92)
  const baselineRadius = textRadius - size * 0.88
  const scale = size / font.unitsPerEm
  const step = characters.length > 1 ? span / (characters.length - 1) : 0
  const glyphs = characters.map((character, index) => {
    // From the left end of the arc, clockwise over the top; each glyph's top faces out.
    const angle = Math.PI / 2 + span / 2 - index * step
    const rotation = angle - Math.PI / 2
    const cos = Math.cos(rotation)
    const sin = Math.sin(rotation)
    const x = centre + baselineRadius * Math.cos(angle) - (size / 2) * cos
    const y = centre + baselineRadius * Math.sin(angle) - (size / 2) * sin
    const glyph = font.glyphForCodePoint(character.codePointAt(0) ?? 0)
    const matrix = [cos * scale, sin * scale, -sin * scale, cos * scale, x, y].map(n).join(' ')
    return `q ${matrix} cm\n${outline(glyph)}\nf Q`
  })
  const content = [
    'q',
    `${RED} RG ${RED} rg`,
    `${n(rim)} w`,
    circle(centre, centre, radius),
    'S',
    star(centre, centre - side * 0.02, side * 0.17),
    ...glyphs,
    'Q'
  ].join('\n')
  const form = pdf.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, side, side] })
  form.end(content)
  return form
}

/** The verification code in the page content, black modules on white, at the layout's place. */
export function drawVerificationCode(
  pdf: PDFKit.PDFDocument,
  text: string,
  place: DocumentLayout['verificationCode']
): void {
  const code = qrcode(0, 'M')
  // Byte mode takes one character per byte: hand it the UTF-8 bytes as such characters.
  code.addData(Buffer.from(text, 'utf8').toString('latin1'), 'Byte')
  code.make()
  const count = code.getModuleCount()
  const module = (place.sideMm * PT_PER_MM) / count
  const left = place.xMm * PT_PER_MM
  const top = place.topMm * PT_PER_MM
  pdf.save().fillColor('black')
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (code.isDark(row, column))
        pdf.rect(left + column * module, top + row * module, module, module)
    }
  }
  pdf.fill().restore()
}
