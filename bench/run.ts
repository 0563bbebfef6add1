import { formatResult, type Benchmark } from './harness'
import { rpcDispatchBenchmark } from './node/rpc-dispatch.bench'

/** `npm run bench [-- name-filter]`: every benchmark, each as a ratio to its same-run baseline. */
const benchmarks: Benchmark[] = [rpcDispatchBenchmark]

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
