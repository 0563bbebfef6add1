import type { PairResult } from '../page/protocol'

export type ComplianceBenchEvent =
  | { type: 'progress'; line: string }
  | { type: 'done'; results: PairResult[] }
  | { type: 'failed'; message: string }

export type ComplianceBenchOutcome =
  { ok: true; results: PairResult[] } | { ok: false; message: string }
