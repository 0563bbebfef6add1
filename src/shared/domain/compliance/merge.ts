import type { Finding } from './finding'

/** What a scan changed, by finding id, so a store writes only those rows. */
export interface FindingDelta {
  /** New, or found again after having been resolved. */
  opened: string[]
  /** Still open, with different evidence, explanation, outcome or department. */
  updated: string[]
  /** Open before, not found now: the cause was fixed. */
  resolved: string[]
}

function sameContent(a: Finding, b: Finding): boolean {
  return (
    JSON.stringify(a.explanation) === JSON.stringify(b.explanation) &&
    a.outcome === b.outcome &&
    a.departmentId === b.departmentId &&
    a.lastSeen === b.lastSeen &&
    JSON.stringify(a.evidence) === JSON.stringify(b.evidence)
  )
}

/**
 * Folds the findings of an evaluation into the previous ones. `reevaluated` says which previous
 * findings the evaluation looked at again: those not found again are resolved (dated `today`),
 * the rest are kept as they were. A finding found again keeps its id and `firstSeen`; one found
 * again after resolution is reopened with its history kept.
 */
export function mergeFindings(
  previous: readonly Finding[],
  fresh: ReadonlyMap<string, Finding>,
  reevaluated: (finding: Finding) => boolean,
  today: string
): { findings: Finding[]; delta: FindingDelta } {
  const delta: FindingDelta = { opened: [], updated: [], resolved: [] }
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const before of previous) {
    seen.add(before.id)
    const now = fresh.get(before.id)
    if (now) {
      const merged: Finding = { ...now, firstSeen: before.firstSeen }
      if (before.status === 'resolved') delta.opened.push(merged.id)
      else if (!sameContent(before, merged)) delta.updated.push(merged.id)
      findings.push(merged)
    } else if (before.status === 'open' && reevaluated(before)) {
      delta.resolved.push(before.id)
      findings.push({ ...before, status: 'resolved', resolvedOn: today })
    } else {
      findings.push(before)
    }
  }
  for (const [id, finding] of fresh) {
    if (seen.has(id)) continue
    delta.opened.push(id)
    findings.push(finding)
  }
  return { findings, delta }
}
