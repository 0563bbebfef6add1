import { resolve } from 'node:path'
import { formatResult, type Benchmark, type BenchResult } from '../harness'
import { runBenchPage } from './page-runner'

/**
 * The compliance scan in real Chromium over IndexedDB: a full scan against a plain batched read
 * of the same tables, and an incremental re-scan after 1,000 changed licences against reading
 * those licences back (`bench/browser/compliance-page`). `BENCH_LICENCES` shrinks the city
 * (default 1,000,000).
 */
export function runBrowserComplianceBench(): Promise<BenchResult[]> {
  return runBenchPage('compliance-page')
}

export const browserComplianceBenchmark: Benchmark = {
  name: 'compliance (browser): full scan and re-scan from IndexedDB',
  run: runBrowserComplianceBench
}

async function main(): Promise<void> {
  for (const result of await runBrowserComplianceBench()) console.log(formatResult(result))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) void main()
