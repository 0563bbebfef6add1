/** A measured pair, as bench/harness.ts reports it (subject / baseline). */
export interface PairResult {
  name: string
  baseline: { label: string; ms: number }
  subject: { label: string; ms: number }
  ratio: number
  target?: string
  extra?: Record<string, string | number>
}

export type LoadBenchEvent =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; results: PairResult[]; subjectDb: string }
  | { type: 'failed'; message: string }
