#!/usr/bin/env node
// Draws the app icon — a licence sheet with a red seal on a blue tile — and writes
// resources/icon.png (512×512, Linux) and resources/icon.ico (16–256 px, Windows). The icons are
// made here rather than taken from anywhere. `--check` compares the committed files' pixels with
// a fresh drawing and exits 1 when they differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync, inflateSync } from 'node:zlib'

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources')
const PNG_SIZE = 512
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
/** Samples per pixel side: 4×4 samples smooth the edges. */
const SUPERSAMPLE = 4

const TILE_TOP = [42, 111, 219]
const TILE_BOTTOM = [23, 74, 156]
const SHEET = [255, 255, 255]
const FOLD = [201, 216, 240]
const TEXT_LINE = [157, 181, 220]
const SEAL = [215, 38, 30]

function insideRoundedSquare(x, y, inset, radius) {
  const lo = inset + radius
  const hi = 1 - inset - radius
  const dx = Math.max(lo - x, 0, x - hi)
  const dy = Math.max(lo - y, 0, y - hi)
  return (
    x >= inset &&
    x <= 1 - inset &&
    y >= inset &&
    y <= 1 - inset &&
    dx * dx + dy * dy <= radius * radius
  )
}

function insidePolygon(x, y, points) {
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]
    const [xj, yj] = points[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const SHEET_LEFT = 0.24
const SHEET_RIGHT = 0.7
const SHEET_TOP = 0.16
const SHEET_BOTTOM = 0.8
const FOLD_SIZE = 0.12
const sheet = [
  [SHEET_LEFT, SHEET_TOP],
  [SHEET_RIGHT - FOLD_SIZE, SHEET_TOP],
  [SHEET_RIGHT, SHEET_TOP + FOLD_SIZE],
  [SHEET_RIGHT, SHEET_BOTTOM],
  [SHEET_LEFT, SHEET_BOTTOM]
]
const fold = [
  [SHEET_RIGHT - FOLD_SIZE, SHEET_TOP],
  [SHEET_RIGHT - FOLD_SIZE, SHEET_TOP + FOLD_SIZE],
  [SHEET_RIGHT, SHEET_TOP + FOLD_SIZE]
]
const textLines = [0.34, 0.44, 0.54].map((top) => ({ top, bottom: top + 0.04 }))

const SEAL_X = 0.66
const SEAL_Y = 0.68
const SEAL_OUTER = 0.17
const SEAL_INNER = 0.135
const star = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? 0.08 : 0.032
  const angle = -Math.PI / 2 + (i * Math.PI) / 5
  return [SEAL_X + radius * Math.cos(angle), SEAL_Y + radius * Math.sin(angle)]
})

/** The colour at a point of the unit square, or null where the icon is transparent. */
function colourAt(x, y) {
  const sealDistance = Math.hypot(x - SEAL_X, y - SEAL_Y)
  if (sealDistance <= SEAL_OUTER && sealDistance >= SEAL_INNER) return SEAL
  if (insidePolygon(x, y, star)) return SEAL
  if (insidePolygon(x, y, fold)) return FOLD
  if (insidePolygon(x, y, sheet)) {
    const onLine = textLines.some(({ top, bottom }) => y >= top && y <= bottom)
    return onLine && x >= 0.31 && x <= 0.6 ? TEXT_LINE : SHEET
  }
  if (!insideRoundedSquare(x, y, 0.03, 0.2)) return null
  return TILE_TOP.map((top, i) => top + (TILE_BOTTOM[i] - top) * y)
}

/** RGBA pixels, not premultiplied, row by row. */
export function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4)
  const samples = SUPERSAMPLE * SUPERSAMPLE
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const sum = [0, 0, 0]
      let covered = 0
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt(
            (column + (sx + 0.5) / SUPERSAMPLE) / size,
            (row + (sy + 0.5) / SUPERSAMPLE) / size
          )
          if (!colour) continue
          covered++
          for (let i = 0; i < 3; i++) sum[i] += colour[i]
        }
      }
      const offset = (row * size + column) * 4
      for (let i = 0; i < 3; i++) pixels[offset + i] = covered ? Math.round(sum[i] / covered) : 0
      pixels[offset + 3] = Math.round((covered / samples) * 255)
    }
  }
  return pixels
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Scanlines with filter byte 0 (none) before each row, as PNG stores them before deflate. */
function scanlines(pixels, size) {
  const rows = []
  for (let row = 0; row < size; row++) {
    rows.push(Buffer.from([0]), pixels.subarray(row * size * 4, (row + 1) * size * 4))
  }
  return Buffer.concat(rows)
}

export function encodePng(pixels, size) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bits per channel
  header[9] = 6 // RGBA
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines(pixels, size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** An ICO whose images are PNGs (Windows Vista and later read them; NSIS wants 256 px). */
export function encodeIco(images) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length + images.length * 16
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16)
    entry[0] = size === 256 ? 0 : size
    entry[1] = size === 256 ? 0 : size
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)])
}

/** The size and the unfiltered scanlines of a PNG this script wrote (filter 0 on every row). */
function decodePng(png) {
  let offset = PNG_SIGNATURE.length
  let size = 0
  const data = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('ascii', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') size = body.readUInt32BE(0)
    if (type === 'IDAT') data.push(body)
    offset += length + 12
  }
  return { size, scanlines: inflateSync(Buffer.concat(data)) }
}

function icoImages(ico) {
  const count = ico.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + i * 16
    const length = ico.readUInt32LE(entry + 8)
    const offset = ico.readUInt32LE(entry + 12)
    return ico.subarray(offset, offset + length)
  })
}

function sameDrawing(png, size) {
  const decoded = decodePng(png)
  return decoded.size === size && decoded.scanlines.equals(scanlines(drawIcon(size), size))
}

function check() {
  const png = readFileSync(join(resources, 'icon.png'))
  const icoPngs = icoImages(readFileSync(join(resources, 'icon.ico')))
  const stale = [
    ...(sameDrawing(png, PNG_SIZE) ? [] : ['icon.png']),
    ...(icoPngs.length === ICO_SIZES.length &&
    ICO_SIZES.every((size, i) => sameDrawing(icoPngs[i], size))
      ? []
      : ['icon.ico'])
  ]
  if (stale.length > 0) {
    console.error(
      `resources/${stale.join(', ')} differ from the drawing: run node scripts/make-icons.mjs`
    )
    process.exit(1)
  }
  console.log('resources/icon.png and icon.ico match the drawing')
}

function write() {
  writeFileSync(join(resources, 'icon.png'), encodePng(drawIcon(PNG_SIZE), PNG_SIZE))
  const images = ICO_SIZES.map((size) => ({ size, png: encodePng(drawIcon(size), size) }))
  writeFileSync(join(resources, 'icon.ico'), encodeIco(images))
  console.log('wrote resources/icon.png and resources/icon.ico')
}

if (process.argv.includes('--check')) check()
else write()
