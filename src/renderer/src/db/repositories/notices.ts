import { beijingToday } from '@shared/domain/calendar'
import { message } from '@shared/i18n'
import {
  circulateNotice,
  closeNotice,
  deliverCircular,
  issueCircular,
  returnForRectification,
  DEFAULT_NOTICE_NUMBER_PATTERN,
  draftNotice,
  issueNotice,
  markOverdue,
  nextNoticeSequence,
  receiveReport,
  readStoredCircular,
  readStoredNotice,
  referNotice,
  verifyRectification,
  type EvidenceAttachment,
  type RectificationNotice,
  type RectificationResult,
  type WrittenCircular
} from '@shared/domain/compliance'
import { fromStoredFinding } from '../compliance-changes'
import { writeBureauRecord, type OutboxFields } from '../outbox'
import type { AuditRepository } from './audit'
import { readRuleParameters, workbenchCalendar } from './compliance'
import { failure as refused, ok, type RepoResult, type RepositoryContext } from './context'

/**
 * A notice step's answer: the stored record, or why it was refused as an error value
 * (`compliance.rectification.*`, `compliance.noticeNumber.*`), put in words where it is shown.
 */
export type NoticeResult<T> = RepoResult<T>

/**
 * 整改通知 and 书面通报. Every move goes through the rectification state machine; a refused move
 * comes back with its code, an allowed one is stored with its audit entry in one transaction.
 */
export function createNoticeRepository(context: RepositoryContext, audit: AuditRepository) {
  const { db } = context
  const actor = () => context.actor()
  const today = () => beijingToday(context.now())

  async function load(id: string): Promise<NoticeResult<RectificationNotice>> {
    const notice = await db.notices.get(id)
    return notice
      ? ok(readStoredNotice(notice))
      : refused(message('compliance.rectification.notFound'))
  }

  /**
   * Stores the state machine's answer with its audit entry and queues it for the library, or
   * passes its refusal on. `numbered`: the step gave the notice a 发文字号 counted here, which the
   * library replaces with its own.
   */
  async function store(
    result: RectificationResult<RectificationNotice>,
    numbered = false
  ): Promise<NoticeResult<RectificationNotice>> {
    if (!result.ok) return refused(result.error)
    const { actor: _actor, ...change } = result.audit
    const notice = numbered ? { ...result.data, numberProvisional: true } : result.data
    await audit.recordChange([db.notices, db.outbox], change, async () => {
      await writeBureauRecord(db, 'notices', notice)
    })
    return ok(notice)
  }

  /** 发文字号 already taken by notices and circulars: they share the year's sequence. */
  async function usedNumbers(): Promise<(string | null)[]> {
    const [notices, circulars] = await Promise.all([db.notices.toArray(), db.circulars.toArray()])
    return [...notices, ...circulars].map((record) => record.documentNumber)
  }

  async function circularOf(
    notice: RectificationNotice
  ): Promise<NoticeResult<WrittenCircular & OutboxFields>> {
    const circular = notice.circularId ? await db.circulars.get(notice.circularId) : undefined
    return circular
      ? ok(readStoredCircular(circular) as WrittenCircular & OutboxFields)
      : refused(message('compliance.rectification.circularNotIssued'))
  }

  async function move(
    id: string,
    step: (notice: RectificationNotice) => Promise<RectificationResult<RectificationNotice>>,
    numbered = false
  ): Promise<NoticeResult<RectificationNotice>> {
    const notice = await load(id)
    return notice.ok ? store(await step(notice.data), numbered) : notice
  }

  return {
    /** With `numberProvisional` on a 发文字号 the library has not given yet. */
    async list(): Promise<(RectificationNotice & OutboxFields)[]> {
      return (await db.notices.toArray())
        .map((stored) => readStoredNotice(stored) as RectificationNotice & OutboxFields)
        .sort((a, b) => b.createdOn.localeCompare(a.createdOn) || b.id.localeCompare(a.id))
    },

    async get(id: string): Promise<RectificationNotice | undefined> {
      const notice = await db.notices.get(id)
      return notice && readStoredNotice(notice)
    },

    async circulars(): Promise<WrittenCircular[]> {
      return (await db.circulars.toArray())
        .map(readStoredCircular)
        .sort((a, b) => b.draftedOn.localeCompare(a.draftedOn))
    },

    /** 整改通知草稿 for a department's open findings, with the corrections the domain words. */
    async draft(input: {
      departmentId: string
      findingIds: readonly string[]
      createdOn?: string
      rectificationWorkingDays: number
    }): Promise<NoticeResult<RectificationNotice>> {
      const rows = await db.findings.bulkGet([...input.findingIds])
      const findings = rows.filter((row) => row !== undefined).map(fromStoredFinding)
      return store(
        draftNotice({
          id: `notice-${globalThis.crypto.randomUUID()}`,
          departmentId: input.departmentId,
          findings,
          createdOn: input.createdOn ?? today(),
          actor: actor(),
          settings: { rectificationWorkingDays: input.rectificationWorkingDays },
          parameters: await readRuleParameters(db),
          notices: (await db.notices.toArray()).map(readStoredNotice)
        })
      )
    },

    /**
     * 下发: the deadline in working days, and the next 发文字号 of the year as counted here, shown
     * until the library's own comes back with the next sync.
     */
    issue: (id: string, issuedOn = today()) =>
      move(
        id,
        async (notice) => {
          const used = await usedNumbers()
          return issueNotice(notice, {
            issuedOn,
            sequence: nextNoticeSequence(
              DEFAULT_NOTICE_NUMBER_PATTERN,
              Number(issuedOn.slice(0, 4)),
              used
            ),
            actor: actor(),
            calendar: await workbenchCalendar(db)
          })
        },
        true
      ),

    receiveReport: (
      id: string,
      input: { receivedOn?: string; text: string; attachments: readonly EvidenceAttachment[] }
    ) =>
      move(id, async (notice) =>
        receiveReport(notice, {
          receivedOn: input.receivedOn ?? today(),
          text: input.text,
          attachments: input.attachments,
          actor: actor()
        })
      ),

    /** 整改核验: only once every finding of the notice is resolved by a scan. */
    async verify(id: string): Promise<NoticeResult<RectificationNotice>> {
      const notice = await load(id)
      if (!notice.ok) return notice
      const findings = await db.findings.bulkGet(notice.data.findingIds)
      const open = findings.filter((finding) => finding?.status === 'open').length
      if (open > 0 && notice.data.status === 'reportReceived') {
        return refused(message('compliance.rectification.findingsStillOpen', { count: open }))
      }
      return store(verifyRectification(notice.data, { verifiedOn: today(), actor: actor() }))
    },

    close: (id: string) =>
      move(id, async (notice) => closeNotice(notice, { closedOn: today(), actor: actor() })),

    markOverdue: (id: string) =>
      move(id, async (notice) =>
        markOverdue(notice, {
          today: today(),
          actor: actor(),
          calendar: await workbenchCalendar(db)
        })
      ),

    /** 书面通报草稿: the circular and the escalated notice, stored together. */
    async circulate(
      id: string
    ): Promise<NoticeResult<{ notice: RectificationNotice; circular: WrittenCircular }>> {
      const notice = await load(id)
      if (!notice.ok) return notice
      const department = await db.departments.get(notice.data.departmentId)
      const result = circulateNotice(notice.data, {
        circularId: `circular-${globalThis.crypto.randomUUID()}`,
        departmentName: department?.name ?? message('compliance.department.unknown'),
        draftedOn: today(),
        actor: actor()
      })
      if (!result.ok) return refused(result.error)
      const { actor: _actor, ...change } = result.audit
      await audit.recordChange([db.notices, db.circulars, db.outbox], change, async () => {
        await writeBureauRecord(db, 'notices', result.data.notice)
        await writeBureauRecord(db, 'circulars', result.data.circular)
      })
      return ok(result.data)
    },

    /** 签发书面通报: its 发文字号 counted here until the library gives its own; the notice escalates. */
    async issueCircular(
      id: string
    ): Promise<NoticeResult<{ notice: RectificationNotice; circular: WrittenCircular }>> {
      const notice = await load(id)
      if (!notice.ok) return notice
      const circular = await circularOf(notice.data)
      if (!circular.ok) return circular
      const issuedOn = today()
      const result = issueCircular(notice.data, circular.data, {
        issuedOn,
        sequence: nextNoticeSequence(
          DEFAULT_NOTICE_NUMBER_PATTERN,
          Number(issuedOn.slice(0, 4)),
          await usedNumbers()
        ),
        actor: actor()
      })
      if (!result.ok) return refused(result.error)
      const { actor: _actor, ...change } = result.audit
      const numbered = { ...circular.data, ...result.data.circular, numberProvisional: true }
      await audit.recordChange([db.notices, db.circulars, db.outbox], change, async () => {
        await writeBureauRecord(db, 'notices', result.data.notice)
        await writeBureauRecord(db, 'circulars', numbered)
      })
      return ok(result.data)
    },

    /** 书面通报送达. */
    async deliverCircular(id: string): Promise<NoticeResult<WrittenCircular>> {
      const notice = await load(id)
      if (!notice.ok) return notice
      const circular = await circularOf(notice.data)
      if (!circular.ok) return circular
      const result = deliverCircular(circular.data, { deliveredOn: today(), actor: actor() })
      if (!result.ok) return refused(result.error)
      const { actor: _actor, ...change } = result.audit
      await audit.recordChange([db.circulars, db.outbox], change, async () => {
        await writeBureauRecord(db, 'circulars', { ...circular.data, ...result.data })
      })
      return ok(result.data)
    },

    /** 核验不通过 → 退回整改, with the reason and a new deadline. */
    returnForRectification: (id: string, reason: string) =>
      move(id, async (notice) =>
        returnForRectification(notice, {
          returnedOn: today(),
          reason,
          actor: actor(),
          calendar: await workbenchCalendar(db)
        })
      ),

    refer: (id: string, input: { authority: string; note: string }) =>
      move(id, async (notice) =>
        referNotice(notice, { referredOn: today(), ...input, actor: actor() })
      )
  }
}

export type NoticeRepository = ReturnType<typeof createNoticeRepository>
