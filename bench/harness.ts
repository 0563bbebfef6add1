/** One benchmark: a baseline and a subject measured in the same process, reported as a ratio. */
export interface BenchResult {
  name: string
  baseline: { label: string; ms: number }
  subject: { label: string; ms: number }
  /** subject / baseline */
  ratio: number
  target?: string
  extra?: Record<string, string | number>
}

export interface Benchmark {
  name: string
  run(): Promise<BenchResult | BenchResult[]>
}

/** Median of `rounds` timed runs after one warm-up, in milliseconds. */
export async function timeMedian(work: () => unknown, rounds = 5): Promise<number> {
  await work()
  const samples: number[] = []
  for (let i = 0; i < rounds; i++) {
    const started = performance.now()
    await work()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]!
}

export function formatResult(result: BenchResult): string {
  const extra = result.extra
    ? Object.entries(result.extra)
        .map(([key, value]) => `${key}=${value}`)
        .join(' ')
    : ''
  return [
    `${result.name}: ratio ${result.ratio.toFixed(2)}×`,
    `(${result.subject.label} ${result.subject.ms.toFixed(1)} ms / ${result.baseline.label} ${result.baseline.ms.toFixed(1)} ms)`,
    result.target ? `target ${result.target}` : '',
    extra
  ]
    .filter(Boolean)
    .join(' ')
}
