/**
 * Per-file bounds on time and work. The parser checks the deadline in its loops; decompression
 * and xref entries draw on allowances proportional to the file's size (with a floor for small
 * files): a file that needs more is a bomb, not a document. Running out of any of them throws
 * BudgetExceeded, which the top-level verifier turns into the coded error `PDF_TIMEOUT`
 * (past the deadline) or `PDF_TOO_COMPLEX` (past an allowance), both 无法确定. Such a file is refused whole rather than read in part: what was left unread could
 * be a change made after signing.
 */
export class BudgetExceeded extends Error {
  constructor(
    /** 'time': past the deadline; 'work': past a decompression, entry or value allowance. */
    readonly kind: 'time' | 'work' = 'work'
  ) {
    super(kind === 'time' ? 'deadline passed' : 'allowance exhausted')
  }
}

const MB = 1024 * 1024
/**
 * Decompressed bytes a file may ask for, per byte of file; xref and object streams compress
 * ten to one at best, and DSS certificates and CRLs hardly at all.
 */
const INFLATE_PER_FILE_BYTE = 16
/** Every file may inflate this much: one stream at the per-stream limit (filters.ts). */
const INFLATE_FLOOR = 64 * MB
/**
 * File bytes per xref entry. Reading and comparing revisions takes about 1.2 KB of memory per
 * object, so a file stays within 2.5 times its size (plus 200 MB) only if each object comes
 * with some 500 bytes of file; documents do, their pages' content and images weighing more.
 */
const FILE_BYTES_PER_ENTRY = 512
/** Entries every file may have: 100,000 objects take about 120 MB to compare. */
const ENTRY_FLOOR = 100_000

export class Budget {
  private inflateLeft = Number.POSITIVE_INFINITY
  private entriesLeft = Number.POSITIVE_INFINITY

  constructor(
    private readonly deadline: number,
    private readonly clock: () => number = Date.now
  ) {}

  /** No deadline; the work allowances still follow the file once `fitTo` is called. */
  static unlimited(): Budget {
    return new Budget(Number.POSITIVE_INFINITY)
  }

  /** Sizes the work allowances to the file, once its length is known (before any parsing). */
  fitTo(fileLength: number): void {
    this.inflateLeft = Math.max(INFLATE_FLOOR, INFLATE_PER_FILE_BYTE * fileLength)
    this.entriesLeft = Math.max(ENTRY_FLOOR, Math.floor(fileLength / FILE_BYTES_PER_ENTRY))
  }

  /**
   * Reads the clock on every call (tens of nanoseconds): reading it once every 256 calls let
   * calls that each take seconds (an object stream inflating to 64 MB) run minutes past the
   * deadline, and no stride tells fast calls from slow ones without reading it.
   */
  check(): void {
    if (this.clock() > this.deadline) throw new BudgetExceeded('time')
  }

  get expired(): boolean {
    return this.clock() > this.deadline
  }

  /** Decompressed bytes still allowed. */
  get inflateAllowance(): number {
    return this.inflateLeft
  }

  /** Counts `bytes` of decompressed output; throws once the allowance is exceeded. */
  spendInflate(bytes: number): void {
    this.inflateLeft -= bytes
    if (this.inflateLeft < 0) throw new BudgetExceeded()
  }

  /** Xref entries still allowed. */
  get entryAllowance(): number {
    return this.entriesLeft
  }

  /** Counts `count` xref entries read; throws once the allowance is exceeded. */
  spendEntries(count: number): void {
    this.entriesLeft -= count
    if (this.entriesLeft < 0) throw new BudgetExceeded()
  }
}
