import { openWorkbenchDb } from '@renderer/db/database'
import type { LoadBenchEvent, PairResult } from './protocol'
import { benchQueries } from './query-bench'

declare global {
  interface Window {
    benchOutcome?: { ok: true; results: PairResult[] } | { ok: false; message: string }
  }
}

const log = (line: string) => {
  document.getElementById('log')!.textContent += `${line}\n`
  console.log(line)
}

async function main(): Promise<void> {
  const licences = Number(new URLSearchParams(location.search).get('licences') ?? '1000000')
  const worker = new Worker(new URL('./load-bench.worker.ts', import.meta.url), { type: 'module' })
  const loaded = await new Promise<{ results: PairResult[]; subjectDb: string }>(
    (resolve, reject) => {
      worker.onmessage = (message: MessageEvent<LoadBenchEvent>) => {
        const event = message.data
        if (event.type === 'progress') log(`loaded ${event.done}/${event.total}`)
        else if (event.type === 'done') resolve(event)
        else reject(new Error(event.message))
      }
      worker.onerror = (error) => reject(new Error(error.message))
      worker.postMessage({ licences })
    }
  )
  worker.terminate()
  const db = await openWorkbenchDb({ name: loaded.subjectDb })
  const queries = await benchQueries(db)
  db.close()
  await db.delete()
  window.benchOutcome = { ok: true, results: [...loaded.results, ...queries] }
}

main().catch((error: unknown) => {
  window.benchOutcome = {
    ok: false,
    message: error instanceof Error ? error.message : String(error)
  }
})
