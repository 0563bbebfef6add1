import type { Finding } from '../../../src/shared/domain/compliance'
import { toStoredFinding } from '../../../src/renderer/src/db/compliance-changes'
import type { WorkbenchDb } from '../../../src/renderer/src/db/database'
import { catalogEntry, department, licence, scan, tables } from '../domain/compliance/fixtures'
import type { testRepositories } from '../db/support'

/** Two open 未加盖电子印章 findings of one department, stored as a scan stores them. */
export async function storeOpenFindings(db: WorkbenchDb): Promise<Finding[]> {
  const report = await scan(
    tables({
      catalog: [catalogEntry()],
      licences: [
        licence({ id: 'lic-1', sealPresent: false }),
        licence({ id: 'lic-2', sealPresent: false })
      ]
    })
  )
  const findings = report.findings.filter((f) => f.ruleId === 'data.missing-seal')
  await db.departments.put(department())
  await db.findings.bulkPut(findings.map(toStoredFinding))
  return findings
}

/** A 整改通知 for the findings, drafted and issued as the 合规专员 does it; its id. */
export async function issueNotice(
  repos: ReturnType<typeof testRepositories>,
  findings: readonly Finding[]
): Promise<string> {
  const drafted = await repos.notices.draft({
    departmentId: findings[0]!.departmentId!,
    findingIds: findings.map((f) => f.id),
    rectificationWorkingDays: 10
  })
  if (!drafted.ok) throw new Error(JSON.stringify(drafted.error))
  const issued = await repos.notices.issue(drafted.data.id)
  if (!issued.ok) throw new Error(JSON.stringify(issued.error))
  return drafted.data.id
}
