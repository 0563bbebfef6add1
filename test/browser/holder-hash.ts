import { keyedHasher } from '@shared/domain/privacy'

/**
 * Main's `privacy.hashCodes`, played by a key of the tests' own (browser tests run no main);
 * records the size of every batch a worker sent.
 */
export function testHashCodes(batches: number[] = []) {
  const hash = keyedHasher(new Uint8Array(32).fill(5))
  return (codes: string[]) => {
    batches.push(codes.length)
    return Promise.all(codes.map(hash))
  }
}
