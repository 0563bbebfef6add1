import type { ComplianceBenchEvent, ComplianceBenchOutcome } from './protocol'

declare global {
  interface Window {
    benchOutcome?: ComplianceBenchOutcome
  }
}

const log = (line: string) => {
  document.getElementById('log')!.textContent += `${line}\n`
  console.log(line)
}

const licences = Number(new URLSearchParams(location.search).get('licences') ?? '1000000')
const worker = new Worker(new URL('./compliance-bench.worker.ts', import.meta.url), {
  type: 'module'
})
worker.onmessage = (message: MessageEvent<ComplianceBenchEvent>) => {
  const event = message.data
  if (event.type === 'progress') log(event.line)
  else {
    worker.terminate()
    window.benchOutcome =
      event.type === 'done'
        ? { ok: true, results: event.results }
        : { ok: false, message: event.message }
  }
}
worker.onerror = (error) => (window.benchOutcome = { ok: false, message: error.message })
worker.postMessage({ licences })
