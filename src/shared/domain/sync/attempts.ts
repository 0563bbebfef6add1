import {
  asSyncFault,
  backoffMs,
  isRetryable,
  SyncFailure,
  syncFault,
  type SyncFaultKind
} from './faults'
import type { SyncEnvironment } from './ports'

export const DEFAULT_MAX_ATTEMPTS = 6

/**
 * Retries one unit of work (a page, a part, a batch: SYNC.md §4.2 "the page is the retry unit")
 * while its fault is transient, with full-jitter backoff, counting retries per fault kind for
 * the run's report. A fault that retrying cannot fix ends the unit at once.
 */
export class Attempts {
  readonly retries: Partial<Record<SyncFaultKind, number>> = {}

  constructor(
    private readonly env: SyncEnvironment,
    private readonly maxAttempts: number,
    private readonly signal: AbortSignal | undefined
  ) {}

  throwIfCancelled(): void {
    if (this.signal?.aborted) throw syncFault('cancelled', 'sync.fault.cancelled')
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.throwIfCancelled()
      try {
        return await work()
      } catch (error) {
        const fault = asSyncFault(error)
        if (!isRetryable(fault) || attempt + 1 >= this.maxAttempts) {
          throw error instanceof SyncFailure ? error : new SyncFailure(fault)
        }
        this.retries[fault.kind] = (this.retries[fault.kind] ?? 0) + 1
        try {
          await this.env.sleep(
            backoffMs(attempt, this.env.random(), fault.retryAfterMs),
            this.signal
          )
        } catch {
          throw syncFault('cancelled', 'sync.fault.cancelled')
        }
      }
    }
  }
}
