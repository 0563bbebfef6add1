import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { createVerifyPool, defaultPoolSize } from '../../../../src/main/services/seals/worker-pool'
import type { VerifyJob } from '../../../../src/main/services/seals/verify-job'

const job = (fileName: string, timeLimitMs = 50): VerifyJob => ({
  path: '/nonexistent',
  fileName,
  trust: { certificates: [], crls: [] },
  now: '2026-11-27T08:00:00.000Z',
  timeLimitMs
})

/** A worker that never answers (a file the verifier is stuck on). */
const silentWorker = () => new Worker('setInterval(() => {}, 1000)', { eval: true })
/** A worker that dies on its first job. */
const crashingWorker = () =>
  new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3))", {
    eval: true
  })

describe('verification worker pool', () => {
  it('sizes itself from the cores: at least 2, at most 4', () => {
    expect([1, 2, 3, 4, 8, 64].map(defaultPoolSize)).toEqual([2, 2, 2, 3, 4, 4])
  })

  it('bounds each file in time: a stuck worker is killed and the file reported as timed out', async () => {
    let spawned = 0
    const pool = createVerifyPool({
      createWorker: () => (spawned++, silentWorker()),
      size: 1,
      hardBoundGraceMs: 50
    })
    const started = Date.now()
    const [first, second] = await Promise.all([pool.run(job('a.pdf')), pool.run(job('b.pdf'))])
    expect(first.error).toEqual({ code: 'seals.error.timeout' })
    expect(first.fileName).toBe('a.pdf')
    expect(second.error?.code).toBe('seals.error.timeout')
    expect(spawned).toBe(2) // the stuck worker was replaced for the next file
    expect(Date.now() - started).toBeLessThan(5_000)
    await pool.close()
  })

  it('reports a crashed worker as a damaged file and carries on with a fresh one', async () => {
    let spawned = 0
    const pool = createVerifyPool({
      createWorker: () => (spawned++, crashingWorker()),
      size: 2
    })
    const reports = await Promise.all(['a', 'b', 'c'].map((name) => pool.run(job(name, 10_000))))
    expect(reports.map((report) => report.error)).toEqual([
      { code: 'seals.error.workerCrashed' },
      { code: 'seals.error.workerCrashed' },
      { code: 'seals.error.workerCrashed' }
    ])
    expect(reports[0]?.verdict).toEqual({
      status: 'indeterminate',
      reason: 'seals.reason.unreadable',
      summary: { code: 'seals.error.workerCrashed' }
    })
    expect(spawned).toBe(3)
    await pool.close()
  })

  it('answers a job given after closing, and the jobs still queued, with a closed service', async () => {
    const pool = createVerifyPool({ createWorker: silentWorker, size: 1, hardBoundGraceMs: 10_000 })
    const running = pool.run(job('a.pdf', 10_000))
    const queued = pool.run(job('b.pdf', 10_000))
    await pool.close()
    expect((await queued).error).toEqual({ code: 'seals.error.serviceClosed' })
    expect((await pool.run(job('c.pdf'))).error).toEqual({ code: 'seals.error.serviceClosed' })
    void running
  })
})
