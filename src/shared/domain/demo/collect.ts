import type { GroundTruth } from './ground-truth'
import { createDemoCity, type DemoBatch, type DemoOptions, type DemoReference } from './generator'

export interface CollectedDemoCity extends DemoReference, DemoBatch {
  groundTruth: GroundTruth
}

/** The whole demo city in memory: for tests and the web host, not for a million licences. */
export async function collectDemoCity(options: DemoOptions = {}): Promise<CollectedDemoCity> {
  const city = createDemoCity(options)
  const collected: DemoBatch = { licences: [], usageRecords: [], objections: [] }
  let step = await city.batches.next()
  while (!step.done) {
    for (const licence of step.value.licences) collected.licences.push(licence)
    for (const usage of step.value.usageRecords) collected.usageRecords.push(usage)
    for (const objection of step.value.objections) collected.objections.push(objection)
    step = await city.batches.next()
  }
  return { ...city.reference, ...collected, groundTruth: step.value }
}
