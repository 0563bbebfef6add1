/**
 * Tests that check us against something outside this repository (the public corpus and the 办法's
 * text in ../shared, poppler's pdfsig) skip on a workstation that lacks it, saying so. Under CI
 * (the `CI` variable, which .ci/run sets) a missing oracle fails the run instead: a skipped oracle
 * is a test that cannot fail.
 */
export function requireOrSkip(available: boolean, what: string): boolean {
  if (available) return true
  const ci = process.env.CI
  if (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') {
    throw new Error(`${what} is missing; under CI its tests must run, not skip`)
  }
  console.warn(`[skipped] ${what} is missing: its tests are skipped`)
  return false
}
