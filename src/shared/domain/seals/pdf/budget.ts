/**
 * A per-file time bound. The parser checks it in its loops; running out throws BudgetExceeded,
 * which the top-level verifier turns into the coded error `PDF_TIMEOUT`.
 */
export class BudgetExceeded extends Error {}

export class Budget {
  private calls = 0
  constructor(
    private readonly deadline: number,
    private readonly clock: () => number = Date.now
  ) {}

  static unlimited(): Budget {
    return new Budget(Number.POSITIVE_INFINITY)
  }

  /** Cheap enough for inner loops: reads the clock once every 256 calls. */
  check(): void {
    if ((++this.calls & 0xff) === 0 && this.clock() > this.deadline) throw new BudgetExceeded()
  }

  get expired(): boolean {
    return this.clock() > this.deadline
  }
}
