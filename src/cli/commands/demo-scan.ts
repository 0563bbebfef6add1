import type { ComplianceTables, ScanReport } from '../../shared/domain/compliance'
import { message } from '../../shared/i18n/message'
import { createCliWords, type CliWords } from '../i18n'
import {
  collectDemoCity,
  DEFAULT_DEMO_LICENCES,
  DEFAULT_DEMO_SEED,
  DEMO_TODAY,
  PLANTED_RULE_IDS,
  type GroundTruth
} from '../../shared/domain/demo'

/** What `compliance scan --demo` scans: the demo city generated in memory, and its answers. */
export interface DemoScanInput {
  tables: ComplianceTables
  today: string
  truth: GroundTruth
}

/**
 * The demo city as one data source of `compliance scan` (loaded only when `--demo` is given):
 * the same tables `demo generate` writes, with the day its violations are planted against.
 */
export async function demoScanInput(options: {
  licences: number | null
  seed: string | null
}): Promise<DemoScanInput> {
  const city = await collectDemoCity({
    licences: options.licences ?? DEFAULT_DEMO_LICENCES,
    seed: options.seed ?? DEFAULT_DEMO_SEED
  })
  return { tables: { ...city, notices: [] }, today: DEMO_TODAY, truth: city.groundTruth }
}

/** Precision and recall per planted rule against the generator's ground truth. */
export function compareWithGroundTruth(
  report: ScanReport,
  truth: GroundTruth,
  words: CliWords = createCliWords()
): { lines: string[]; exact: boolean } {
  const lines = ['', words.say(message('compliance.cli.comparison'))]
  let exact = true
  for (const rule of PLANTED_RULE_IDS) {
    const found = new Set(
      report.findings
        .filter((f) => f.ruleId === rule && f.status === 'open')
        .map((f) => f.subjectId)
    )
    const planted = new Set(truth.violations[rule])
    const hits = [...found].filter((id) => planted.has(id)).length
    const precision = found.size === 0 ? 1 : hits / found.size
    const recall = planted.size === 0 ? 1 : hits / planted.size
    if (precision !== 1 || recall !== 1) exact = false
    const percent = (value: number) => `${(value * 100).toFixed(1)}%`
    const compared = words.say(
      message('compliance.cli.compared', {
        planted: String(planted.size).padStart(6),
        found: String(found.size).padStart(6),
        precision: percent(precision),
        recall: percent(recall)
      })
    )
    lines.push(`  ${rule.padEnd(28)} ${compared}`)
  }
  return { lines, exact }
}
