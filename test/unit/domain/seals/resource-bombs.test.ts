/**
 * Resource bounds (资源上限): every hostile file from test/fixtures/pdf/bombs.ts is verified in a
 * child process, as the CLI and the desktop worker verify files, which reports its wall and CPU
 * time, peak RSS and verdict. None may crash, hang, pass, or grow the process by more than 2.5
 * times its size plus 200 MB; a file under 1 MB is answered within 2 s. The 2 s are CPU time:
 * on a machine that others share, wall time says more about them than about the verifier, so
 * it only has to stay under five times as much. The figures go to figures.json beside the files.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { Budget, BudgetExceeded } from '../../../../src/shared/domain/seals/pdf/budget'
import { BOMBS, type Bomb, writeBomb } from '../../../fixtures/pdf/bombs'
import { testTrustAnchors } from '../../../fixtures/signers'

const MB = 1024 * 1024
const generated = fileURLToPath(new URL('../../../.generated/seal-bombs/', import.meta.url))
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url))
/** Children run two at a time (the machines have two cores); each is killed after this. */
const CHILD_TIMEOUT_MS = 90_000
/** The promise for a file under 1 MB, in CPU time; wall time may take five times as long. */
const SMALL_FILE_LIMIT_MS = 2000
const LOADED_MACHINE_SLACK = 5

/** Runs in the child: verifies one file and prints what the test checks, as JSON. */
const childScript = `
const [file, anchorPath] = process.argv.slice(1)
const { readFileSync, writeFileSync } = await import('node:fs')
// tsx compiles the project's .ts files as CommonJS: their exports arrive as the default export.
const load = async (path) => { const module = await import(path); return module.default ?? module }
const { verifyPdfSignatures } = await load(${JSON.stringify(join(repositoryRoot, 'src/shared/domain/seals/verify.ts'))})
const { nodeHasher } = await load(${JSON.stringify(join(repositoryRoot, 'src/main/services/seals/node-hasher.ts'))})
const anchors = { certificates: [new Uint8Array(readFileSync(anchorPath))] }
globalThis.gc()
// Loading and compiling the modules peaks well above what they keep: the high-water mark is
// reset to the current size (Linux: clear_refs 5), so the peak read afterwards is the file's.
writeFileSync('/proc/self/clear_refs', '5')
const rssBefore = process.memoryUsage().rss
const peakRss = () => Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024
const started = performance.now()
const cpuBefore = process.cpuUsage()
const buffer = readFileSync(file)
// A view, not a copy: the file's bytes are in memory once, as in the CLI.
const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length)
const report = await verifyPdfSignatures(bytes, { trustAnchors: anchors, now: new Date(), hasher: nodeHasher })
const ms = performance.now() - started
const cpu = process.cpuUsage(cpuBefore)
console.log(JSON.stringify({
  ms, cpuMs: (cpu.user + cpu.system) / 1000, rssBefore, peakRss: peakRss(), fileSize: bytes.length,
  verdict: report.verdict, error: report.error ?? null,
  signatures: report.signatures.map((s) => ({ fieldName: s.fieldName, intact: s.intact, valid: s.valid })),
  unsignedFields: report.unsignedSignatureFields.length
}))
`

interface Outcome {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stderr: string
  figures?: {
    ms: number
    cpuMs: number
    rssBefore: number
    peakRss: number
    fileSize: number
    verdict: { status: string; reason?: string }
    error: { code: string; detail?: string } | null
    signatures: Array<{ fieldName: string; intact: boolean | null; valid: boolean | null }>
    unsignedFields: number
  }
}

function verifyInChild(file: string, anchor: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', childScript, file, anchor],
      { cwd: repositoryRoot, timeout: CHILD_TIMEOUT_MS }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (exitCode, signal) => {
      const last = stdout.trim().split('\n').at(-1)
      let figures: Outcome['figures']
      try {
        figures = last ? (JSON.parse(last) as Outcome['figures']) : undefined
      } catch {
        figures = undefined
      }
      resolve({ exitCode, signal, stderr: stderr.slice(-2000), ...(figures ? { figures } : {}) })
    })
  })
}

/** Runs `jobs` at most `width` at a time, in order of start. */
async function pool<T>(jobs: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++
      results[index] = await jobs[index]!()
    }
  }
  await Promise.all(Array.from({ length: width }, worker))
  return results
}

const outcomes = new Map<string, Outcome>()

beforeAll(async () => {
  const anchor = join(generated, 'rsa-root.der')
  const files: string[] = []
  for (const bomb of BOMBS) files.push(await writeBomb(bomb, generated))
  writeFileSync(anchor, testTrustAnchors('rsa').certificates[0]!)
  const results = await pool(
    files.map((file) => () => verifyInChild(file, anchor)),
    2
  )
  BOMBS.forEach((bomb, index) => outcomes.set(bomb.name, results[index]!))
  const figures = BOMBS.map(({ name }) => ({ name, ...outcomes.get(name)!.figures }))
  writeFileSync(join(generated, 'figures.json'), JSON.stringify(figures, null, 2))
}, 600_000)

/** The outcome of `bomb`, checked for what every file must get: an exit, a verdict, bounds. */
function checkedOutcome(bomb: Bomb): NonNullable<Outcome['figures']> {
  const outcome = outcomes.get(bomb.name)!
  expect(outcome.signal, outcome.stderr).toBeNull()
  expect(outcome.exitCode, outcome.stderr).toBe(0)
  const figures = outcome.figures!
  expect(['passed', 'failed', 'indeterminate']).toContain(figures.verdict.status)
  // A parser exception caught by the verifier's last resort is a bug, not a verdict.
  expect(figures.error?.code ?? '').not.toBe('seals.error.malformed')
  if (figures.fileSize < MB) {
    expect(figures.cpuMs).toBeLessThan(SMALL_FILE_LIMIT_MS)
    expect(figures.ms).toBeLessThan(SMALL_FILE_LIMIT_MS * LOADED_MACHINE_SLACK)
  }
  expect(figures.peakRss - figures.rssBefore).toBeLessThan(2.5 * figures.fileSize + 200 * MB)
  return figures
}

describe('hostile PDFs get a verdict within memory and, under 1 MB, 2 s of CPU (10 s wall)', () => {
  for (const bomb of BOMBS.filter((b) => b.hostile)) {
    it(`${bomb.name}: ${bomb.description} is never 通过`, () => {
      const figures = checkedOutcome(bomb)
      expect(figures.verdict.status).not.toBe('passed')
    })
  }

  it.each(['xref-stream-billions', 'object-stream-bombs'])(
    '%s is refused as too complex, not as a timeout',
    (name) => {
      const figures = checkedOutcome(BOMBS.find((bomb) => bomb.name === name)!)
      expect(figures.error?.code).toBe('seals.error.tooComplex')
    }
  )
})

describe('large but honest files keep their verdict within the same bounds', () => {
  const byName = (name: string) => BOMBS.find((bomb) => bomb.name === name)!

  it('5,000 signature fields whose /V name one signature dictionary: one signature, verified once', () => {
    const figures = checkedOutcome(byName('fields-5000'))
    // A signature is its dictionary (/Contents, /ByteRange): the fields that merely point at
    // it add no second signature to verify, and are not unsigned fields either. It is reported
    // once, under the first field in the form's order that names it.
    expect(figures.signatures).toHaveLength(1)
    expect(figures.signatures[0]).toMatchObject({ fieldName: 'copy0', intact: true, valid: true })
    expect(figures.unsignedFields).toBe(0)
    expect(figures.verdict.status).toBe('passed')
  })

  it('a 100 MB file made mostly of one stream is verified, its memory under 2.5× + 200 MB', () => {
    const figures = checkedOutcome(byName('big-stream-100mb'))
    expect(figures.fileSize).toBeGreaterThan(100 * MB)
    expect(figures.signatures[0]).toMatchObject({ intact: true, valid: true })
    expect(figures.verdict.status).toBe('passed')
  })
})

describe('the per-file time bound', () => {
  it('is noticed at the first check past the deadline, however many checks came before', () => {
    let now = 0
    const budget = new Budget(60_000, () => now)
    for (let call = 0; call < 1000; call++) budget.check()
    // One slow step (an object stream inflating for seconds) crosses the deadline.
    now = 60_001
    expect(() => budget.check()).toThrow(BudgetExceeded)
  })
})
