import { Dexie } from 'dexie'
import type { WorkbenchDb } from '@renderer/db/database'
import { createRepositories, type LicenceFilter } from '@renderer/db/repositories'
import type { PairResult } from './protocol'
import { localAuditSeal } from '../../../test/browser/support/audit-seal'

const PAGE = 50
const ROUNDS = 7

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * Changing a filter until the first page is back, against one indexed Dexie query for a page of
 * the same size. Each round uses a different value (department, type …) so no round is served
 * from the previous one's cache; the repository is fresh per kind so its cube cache is cold once.
 */
export async function benchQueries(db: WorkbenchDb): Promise<PairResult[]> {
  const repos = createRepositories({
    db,
    actor: () => 'bench',
    now: () => new Date(),
    holderHash: () => Promise.reject(new Error('unused')),
    auditSeal: localAuditSeal()
  })
  const byDepartment = [...(await repos.licences.countBy('departmentId'))].sort(
    (a, b) => b[1] - a[1]
  )
  const byType = [...(await repos.licences.countBy('typeCode'))].sort((a, b) => b[1] - a[1])
  const departments = byDepartment.map(([id]) => id).slice(0, ROUNDS)
  const types = byType.map(([code]) => code).slice(0, ROUNDS)
  const sample = await db.licences.limit(ROUNDS * 50).toArray()
  const names = sample.filter((_, i) => i % 50 === 0).map((l) => l.holder.name.slice(0, 2))
  // Text from inside the name, which only the second (in-memory) search tier finds.
  const middles = sample
    .filter((_, i) => i % 50 === 25)
    .map((l) => l.holder.name.slice(2, 4))
    .filter((text) => text.length === 2)

  const indexed = async (round: number) => {
    const department = departments[round % departments.length]!
    await db.licences
      .where('[issuerDepartmentId+issueRank+id]')
      .between([department, Dexie.minKey, Dexie.minKey], [department, Dexie.maxKey, Dexie.maxKey])
      .limit(PAGE)
      .toArray()
  }
  const kinds: { label: string; filter: (round: number) => LicenceFilter }[] = [
    {
      label: 'department',
      filter: (r) => ({ departmentIds: [departments[r % departments.length]!] })
    },
    { label: 'type', filter: (r) => ({ typeCodes: [types[r % types.length]!] }) },
    { label: 'no filter', filter: () => ({}) },
    { label: 'state 吊销/注销', filter: (r) => ({ states: r % 2 ? ['revoked'] : ['cancelled'] }) },
    {
      label: 'mode',
      filter: (r) => ({
        generationModes: [(['online', 'offline', 'bulk', 'legacy'] as const)[r % 4]!]
      })
    },
    {
      label: 'department + state + month range',
      filter: (r) => ({
        departmentIds: [departments[r % departments.length]!],
        states: ['valid'],
        issuedFrom: `2026-0${(r % 6) + 1}-01`,
        issuedTo: `2026-0${(r % 6) + 3}-30`
      })
    },
    { label: 'search holder name', filter: (r) => ({ search: names[r % names.length]! }) },
    {
      label: 'search inside holder name',
      filter: (r) => ({ search: middles[r % middles.length]! })
    }
  ]
  const results: PairResult[] = []
  for (const kind of kinds) {
    const subject: number[] = []
    const baseline: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      let started = performance.now()
      await indexed(round)
      baseline.push(performance.now() - started)
      started = performance.now()
      await repos.licences.query(kind.filter(round), { limit: PAGE })
      subject.push(performance.now() - started)
    }
    const subjectMs = median(subject)
    const baselineMs = median(baseline)
    results.push({
      name: `licence query first page: ${kind.label}`,
      baseline: { label: 'one indexed Dexie query', ms: baselineMs },
      subject: { label: 'repository query', ms: subjectMs },
      ratio: subjectMs / baselineMs,
      target: '≤ 2× and ≤ 300 ms',
      extra: { 'worst ms': Math.max(...subject).toFixed(1) }
    })
  }
  return results
}
