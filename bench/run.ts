import { formatResult, type Benchmark } from './harness'
import { browserComplianceBenchmark } from './browser/compliance'
import { browserStoreBenchmark } from './browser/run'
import { complianceBenchmark } from './node/compliance.bench'
import { rpcDispatchBenchmark } from './node/rpc-dispatch.bench'
import {
  sealsBatchBenchmark,
  sealsLargeFileBenchmark,
  sealsMemoryBenchmark
} from './node/seals.bench'

/** `npm run bench [-- name-filter]`: every benchmark, each as a ratio to its same-run baseline. */
const benchmarks: Benchmark[] = [
  rpcDispatchBenchmark,
  sealsLargeFileBenchmark,
  sealsBatchBenchmark,
  sealsMemoryBenchmark,
  complianceBenchmark,
  browserStoreBenchmark,
  browserComplianceBenchmark
]

async function main(): Promise<void> {
  const filter = process.argv[2]
  for (const benchmark of benchmarks) {
    if (filter && !benchmark.name.includes(filter)) continue
    const results = await benchmark.run()
    for (const result of Array.isArray(results) ? results : [results]) {
      console.log(formatResult(result))
    }
  }
}

void main()
