import { z } from 'zod'
import { sha256Hex } from './checked'
import { syncFault } from './faults'

/**
 * The envelope of every file that crosses the air gap (离线同步包, 待推送包, 推送回执): NDJSON
 * lines, the first a header, closed by a line with their count, the SHA-256 of all of them and,
 * optionally, a signature over that digest. A file is read whole and checked before any line of
 * it is believed.
 */
export const PackageSignature = z.object({
  /** ECDSA or RSA over the package digest, with SHA-256, base64. */
  value: z.string(),
  /** The signer's certificate (PEM), checked against the CA the importer trusts. */
  certificate: z.string()
})
export type PackageSignature = z.infer<typeof PackageSignature>

const EndEntry = z.object({
  kind: z.literal('end'),
  entries: z.int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  signature: PackageSignature.nullable()
})

export type Signer = (digest: string) => PackageSignature

/** The lines, then the end line that seals them. */
export function sealLines(lines: readonly string[], sign: Signer | null): string[] {
  const digest = sha256Hex(lines.map((line) => `${line}\n`).join(''))
  const end = {
    kind: 'end',
    entries: lines.length,
    sha256: digest,
    signature: sign ? sign(digest) : null
  }
  return [...lines, JSON.stringify(end)]
}

export function refused(code: string, params?: Record<string, string | number>): never {
  throw syncFault('refused', code, params)
}

/** One line read as `schema`; anything else is an unreadable package. */
export function parseLine<S extends z.ZodType>(line: string | undefined, schema: S): z.infer<S> {
  try {
    return schema.parse(JSON.parse(String(line)))
  } catch {
    return refused('sync.package.unreadable')
  }
}

export interface OpenedLines {
  /** The lines before the end line, the header first. */
  body: string[]
  digest: string
  signature: PackageSignature | null
}

/** The lines of a sealed file, once its end line is there and its digest matches them all. */
export function openSealedLines(text: string): OpenedLines {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const end = parseLine(lines.at(-1), EndEntry)
  const body = lines.slice(0, -1)
  if (end.entries !== body.length) refused('sync.package.truncated')
  if (sha256Hex(body.map((line) => `${line}\n`).join('')) !== end.sha256) {
    refused('sync.package.checksum')
  }
  return { body, digest: end.sha256, signature: end.signature }
}
