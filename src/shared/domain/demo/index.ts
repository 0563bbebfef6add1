export * from './ground-truth'
export * from './generator'
export * from './collect'
export { SeededRandom } from './prng'
