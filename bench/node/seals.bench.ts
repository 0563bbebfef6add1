/**
 * Seal verification (电子签章核验) benchmarks, each against a same-run baseline:
 *   - a 50 MB signed PDF (RSA/SHA-256; GB/T 38540 SES with SM3) vs hashing its signed bytes;
 *   - a batch of small signed PDFs vs poppler's pdfsig on the same files (one process per file,
 *     as a user runs it: pdfsig takes a single file), per file; BENCH_BATCH shrinks the batch;
 *   - the peak memory of verifying a 100 MB signed PDF in a child process, per byte of file.
 * Inputs are generated once into bench/.generated/seals/ (git-ignored) with the test fixtures.
 */
import { spawnSync } from 'node:child_process'
import { createHash, getHashes, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeHasher } from '../../src/main/services/seals/node-hasher'
import { nodeByteSearch } from '../../src/main/services/seals/node-search'
import { pureJsHasher } from '../../src/shared/domain/seals/crypto'
import type { Hasher, TrustAnchors } from '../../src/shared/domain/seals/crypto/types'
import type { PdfVerificationReport } from '../../src/shared/domain/seals/report'
import { verifyPdfSignatures } from '../../src/shared/domain/seals/verify'
import {
  type BlobBuilder,
  cmsBlob,
  createDocument,
  sesBlob,
  signPdf,
  streamBody,
  update
} from '../../test/fixtures/pdf'
import {
  buildPdfsigFixtures,
  parsePdfsigOutput,
  pdfsigAvailable
} from '../../test/fixtures/pdf/pdfsig'
import { testTrustAnchors } from '../../test/fixtures/signers'
import type { Benchmark, BenchResult } from '../harness'
import { timeMedian } from '../harness'

const MB = 1024 * 1024
const generated = fileURLToPath(new URL('../.generated/seals/', import.meta.url))
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url))

/** A PDF whose first update adds one `megabytes` image stream of random (incompressible) bytes. */
async function largeSignedPdf(name: string, megabytes: number, blob: BlobBuilder): Promise<string> {
  const path = join(generated, name)
  if (existsSync(path)) return path
  mkdirSync(generated, { recursive: true })
  const base = createDocument({ pages: 1 })
  const data = randomBytes(megabytes * MB).toString('latin1')
  const image = streamBody(
    data,
    ' /Type /XObject /Subtype /Image /Width 4096 /Height 4096 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode'
  )
  const withImage = update(base, new Map([[base.size, image]]))
  const signed = await signPdf(withImage, { fieldName: 'Sig1', blob })
  writeFileSync(`${path}.tmp`, signed.bytes)
  renameSync(`${path}.tmp`, path)
  return path
}

/** The signed ranges, as views, from the file's last /ByteRange (the only signature). */
function signedRanges(bytes: Uint8Array): Uint8Array[] {
  const tail = Buffer.from(bytes.subarray(bytes.length - 64 * 1024)).toString('latin1')
  const match = [...tail.matchAll(/\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/g)].at(-1)
  if (!match) throw new Error('no /ByteRange in the benchmark file')
  const [a, b, c, d] = match.slice(1).map(Number) as [number, number, number, number]
  return [bytes.subarray(a, a + b), bytes.subarray(c, c + d)]
}

/** As the app's verify job calls it: node:crypto hashing, Node's byte search. */
function verifyWith(bytes: Uint8Array, trustAnchors: TrustAnchors, hasher: Hasher) {
  return verifyPdfSignatures(bytes, {
    trustAnchors,
    now: new Date(),
    hasher,
    search: nodeByteSearch
  })
}

/** Guards against timing an early exit: the signature must have been fully checked. */
function checked(report: PdfVerificationReport): string {
  const signature = report.signatures[0]
  if (!signature || signature.intact !== true || signature.valid !== true) {
    throw new Error(`benchmark input did not verify: ${JSON.stringify(report.verdict)}`)
  }
  return report.verdict.status
}

async function largeFileResult(
  label: string,
  path: string,
  trustAnchors: TrustAnchors,
  hasher: Hasher,
  baseline: { label: string; hash: (chunks: Uint8Array[]) => unknown },
  rounds: number
): Promise<BenchResult> {
  const bytes = new Uint8Array(readFileSync(path))
  const chunks = signedRanges(bytes)
  const status = checked(await verifyWith(bytes, trustAnchors, hasher))
  const hashing = await timeMedian(() => baseline.hash(chunks), rounds)
  const verifying = await timeMedian(() => verifyWith(bytes, trustAnchors, hasher), rounds)
  return {
    name: label,
    baseline: { label: baseline.label, ms: hashing },
    subject: { label: 'verifyPdfSignatures', ms: verifying },
    ratio: verifying / hashing,
    target: '≤ 1.5×',
    extra: { fileMB: (bytes.length / MB).toFixed(1), verdict: status }
  }
}

const nodeHash = (algorithm: string) => (chunks: Uint8Array[]) => {
  const hash = createHash(algorithm)
  for (const chunk of chunks) hash.update(chunk)
  return hash.digest()
}

export const sealsLargeFileBenchmark: Benchmark = {
  name: 'seals: verify a 50 MB signed PDF vs hashing its signed bytes',
  async run() {
    const rsa = await largeSignedPdf('large-50mb-rsa-sha256.pdf', 50, cmsBlob('rsa'))
    const ses = await largeSignedPdf('large-50mb-ses-v4-sm3.pdf', 50, sesBlob(4))
    const nativeSm3 = getHashes().includes('sm3')
    const pureSm3 = (chunks: Uint8Array[]) => pureJsHasher.digest('SM3', chunks)
    return [
      await largeFileResult(
        'seals: 50 MB PDF, CMS RSA/SHA-256',
        rsa,
        testTrustAnchors('rsa'),
        nodeHasher,
        { label: 'node:crypto sha256', hash: nodeHash('sha256') },
        5
      ),
      await largeFileResult(
        'seals: 50 MB PDF, GB/T 38540 SES v4 SM2/SM3 (Node hasher)',
        ses,
        testTrustAnchors('sm2'),
        nodeHasher,
        nativeSm3
          ? { label: 'node:crypto sm3', hash: nodeHash('sm3') }
          : { label: 'pure-JS sm3', hash: pureSm3 },
        5
      ),
      // What Electron gets: BoringSSL has no SM3, so the worker hashes in pure JS.
      await largeFileResult(
        'seals: 50 MB PDF, GB/T 38540 SES v4 SM2/SM3 (pure-JS hasher, as in Electron)',
        ses,
        testTrustAnchors('sm2'),
        pureJsHasher,
        { label: 'pure-JS sm3', hash: pureSm3 },
        3
      )
    ]
  }
}

/** `count` small RSA-signed PDFs, each its own document and signature. */
async function batchFiles(count: number): Promise<string[]> {
  const dir = join(generated, `batch-${count}`)
  const files = Array.from({ length: count }, (_, i) =>
    join(dir, `licence-${String(i).padStart(4, '0')}.pdf`)
  )
  if (existsSync(join(dir, 'complete'))) return files
  mkdirSync(dir, { recursive: true })
  for (const [i, file] of files.entries()) {
    const signed = await signPdf(createDocument({ pages: 1 }), {
      fieldName: 'Sig1',
      blob: cmsBlob('rsa'),
      reason: `batch ${i}`
    })
    writeFileSync(file, signed.bytes)
  }
  writeFileSync(join(dir, 'complete'), '')
  return files
}

const WARM_UP_FILES = 20

/** CPU time of waited-for child processes (Linux /proc: cutime + cstime), in ms. */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
    // After "pid (comm) ", cutime and cstime are fields 14 and 15 (0-based), in clock ticks.
    return ((Number(fields[14]) + Number(fields[15])) * 1000) / 100
  } catch {
    return undefined
  }
}

export const sealsBatchBenchmark: Benchmark = {
  name: 'seals: batch of small signed PDFs vs pdfsig per file',
  async run() {
    if (!pdfsigAvailable()) throw new Error('pdfsig, certutil or pk12util is not installed')
    const count = Number(process.env['BENCH_BATCH'] ?? 1000)
    const files = await batchFiles(count)
    const nssDb = `sql:${buildPdfsigFixtures().db('trusted')}`
    const trustAnchors = testTrustAnchors('rsa')
    const ours = async (file: string) =>
      checked(await verifyWith(await readFile(file), trustAnchors, nodeHasher))
    const pdfsig = (file: string) => {
      const output = spawnSync('pdfsig', ['-nssdir', nssDb, file], { encoding: 'utf8' }).stdout
      const [signature] = parsePdfsigOutput(output)
      if (signature?.signatureValidation !== 'Signature is Valid.') {
        throw new Error(`pdfsig did not validate ${file}: ${output}`)
      }
      return signature.certificateValidation
    }
    const statuses = new Set<string>()
    const oracle = new Set<string | undefined>()
    for (const file of files.slice(0, WARM_UP_FILES)) {
      statuses.add(await ours(file))
      oracle.add(pdfsig(file))
    }
    // Interleaved, so that load from other processes weighs on both alike.
    let oursMs = 0
    let oursCpuMs = 0
    let pdfsigMs = 0
    const childrenBefore = childrenCpuMs()
    for (const file of files) {
      let started = performance.now()
      const cpu = process.cpuUsage()
      await ours(file)
      oursMs += performance.now() - started
      const used = process.cpuUsage(cpu)
      oursCpuMs += (used.user + used.system) / 1000
      started = performance.now()
      pdfsig(file)
      pdfsigMs += performance.now() - started
    }
    const childrenAfter = childrenCpuMs()
    return {
      name: `seals: ${count} small signed PDFs, per file`,
      baseline: { label: 'pdfsig (one process per file)', ms: pdfsigMs / count },
      subject: { label: 'verifyPdfSignatures (read + verify)', ms: oursMs / count },
      ratio: oursMs / pdfsigMs,
      target: '< 1× (faster per file)',
      extra: {
        files: count,
        oursTotalS: (oursMs / 1000).toFixed(1),
        pdfsigTotalS: (pdfsigMs / 1000).toFixed(1),
        oursCpuMsPerFile: (oursCpuMs / count).toFixed(1),
        pdfsigCpuMsPerFile:
          childrenAfter !== undefined && childrenBefore !== undefined
            ? ((childrenAfter - childrenBefore) / count).toFixed(1)
            : 'n/a',
        verdict: [...statuses].join('/'),
        pdfsig: [...oracle].join('/')
      }
    }
  }
}

/** Runs in the child: verifies one file and prints its RSS figures as JSON. */
const memoryChild = `
const [file, anchorPath] = process.argv.slice(1)
const { readFileSync } = await import('node:fs')
// tsx compiles the project's .ts files as CommonJS: their exports arrive as the default export.
const load = async (path) => { const module = await import(path); return module.default ?? module }
const { verifyPdfSignatures } = await load(${JSON.stringify(join(repositoryRoot, 'src/shared/domain/seals/verify.ts'))})
const { nodeHasher } = await load(${JSON.stringify(join(repositoryRoot, 'src/main/services/seals/node-hasher.ts'))})
const { nodeByteSearch } = await load(${JSON.stringify(join(repositoryRoot, 'src/main/services/seals/node-search.ts'))})
const anchors = { certificates: [new Uint8Array(readFileSync(anchorPath))] }
globalThis.gc()
// Loading and compiling the modules peaks higher than verifying: reset the high-water mark
// (Linux: clear_refs 5) so that the peak read afterwards is the verification's alone.
const { writeFileSync } = await import('node:fs')
writeFileSync('/proc/self/clear_refs', '5')
const peakRss = () => Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024
const rssBefore = process.memoryUsage().rss
const started = performance.now()
const buffer = readFileSync(file)
// A view, not a copy: the file's bytes are in memory once, as in the CLI.
const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length)
const report = await verifyPdfSignatures(bytes, { trustAnchors: anchors, now: new Date(), hasher: nodeHasher, search: nodeByteSearch })
const ms = performance.now() - started
const signature = report.signatures[0]
console.log(JSON.stringify({
  rssBefore, peakRss: peakRss(), fileSize: bytes.length, ms,
  intact: signature?.intact, valid: signature?.valid, verdict: report.verdict.status
}))
`

export const sealsMemoryBenchmark: Benchmark = {
  name: 'seals: peak memory verifying a 100 MB signed PDF',
  async run() {
    const path = await largeSignedPdf('large-100mb-rsa-sha256.pdf', 100, cmsBlob('rsa'))
    const anchor = join(generated, 'rsa-root.der')
    writeFileSync(anchor, testTrustAnchors('rsa').certificates[0]!)
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', memoryChild, path, anchor],
      { cwd: repositoryRoot, encoding: 'utf8' }
    )
    if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`)
    const figures = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      rssBefore: number
      peakRss: number
      fileSize: number
      ms: number
      intact: boolean
      valid: boolean
      verdict: string
    }
    if (!figures.intact || !figures.valid) throw new Error('the 100 MB input did not verify')
    const growth = figures.peakRss - figures.rssBefore
    // The harness prints "ms"; here both figures are megabytes.
    return {
      name: 'seals: 100 MB PDF, peak RSS growth per byte of file',
      baseline: { label: 'file size (MB)', ms: figures.fileSize / MB },
      subject: { label: 'peak RSS − RSS before reading (MB)', ms: growth / MB },
      ratio: growth / figures.fileSize,
      target: '< 2.5×',
      extra: {
        peakRssMB: (figures.peakRss / MB).toFixed(0),
        rssBeforeMB: (figures.rssBefore / MB).toFixed(0),
        verifyMs: figures.ms.toFixed(0),
        verdict: figures.verdict
      }
    }
  }
}
