/**
 * Changes since signing (签名后的修改): each incremental update is compared with the revision
 * before it by what a reader of each sees (diff/walk.ts), and every difference is judged by a
 * whitelist (diff/judge.ts) into pyHanko's modification levels, with a list of what changed
 * in words (messages of the seals catalog), like Acrobat's "changes made since signing".
 */
import type { PdfDocument } from './document'
import { type DocumentChange, type ModificationLevel, maxLevel } from './diff/change'
import { RevisionFacts } from './diff/facts'
import { judge } from './diff/judge'
import { PairedWalk } from './diff/walk'

export {
  type DocumentChange,
  type ModificationLevel,
  MODIFICATION_LEVELS,
  maxLevel
} from './diff/change'

export interface RevisionAnalysis {
  revision: number
  level: ModificationLevel
  changes: DocumentChange[]
}

/** Compares revision `revision` with the one before it. Revision 0 has nothing to compare. */
export function analyzeRevision(document: PdfDocument, revision: number): RevisionAnalysis {
  if (revision <= 0) return { revision, level: 'none', changes: [] }
  const facts = new RevisionFacts(document, revision - 1, revision)
  const changes = new Map<string, DocumentChange>()
  for (const diff of new PairedWalk(document, facts).run()) {
    const judgement = judge(diff, facts)
    if (!judgement) continue
    // The same words twice are one change, at its worst level.
    const words = JSON.stringify(judgement.description)
    const known = changes.get(words)
    if (!known || maxLevel(known.level, judgement.level) !== known.level)
      changes.set(words, { revision, ...judgement })
  }
  const list = [...changes.values()]
  const level = list.reduce<ModificationLevel>(
    (worst, change) => maxLevel(worst, change.level),
    'none'
  )
  return { revision, level, changes: list }
}
