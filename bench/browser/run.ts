import { resolve } from 'node:path'
import { formatResult, type Benchmark, type BenchResult } from '../harness'
import { runBenchPage } from './page-runner'

/**
 * The local store in real Chromium: demo licences loaded through the worker write path against
 * raw IndexedDB puts, then licence-browser filter changes against one indexed query
 * (`bench/browser/page`). `BENCH_LICENCES` shrinks the load (default 1,000,000).
 */
export function runBrowserStoreBench(): Promise<BenchResult[]> {
  return runBenchPage('page')
}

export const browserStoreBenchmark: Benchmark = {
  name: 'local store (browser): licence load and query',
  run: runBrowserStoreBench
}

async function main(): Promise<void> {
  for (const result of await runBrowserStoreBench()) console.log(formatResult(result))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) void main()
