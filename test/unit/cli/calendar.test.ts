import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { calendarCommand } from '../../../src/cli/commands/calendar'

function fakeIo(cwd = process.cwd()): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, cwd, out: (text) => stdout.push(text), err: (text) => stderr.push(text) }
}

async function run(args: string[], cwd?: string) {
  const io = fakeIo(cwd)
  const code = await calendarCommand.run(args, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}

describe('calendar add-working-days', () => {
  it('prints the Nth working day and the 24:00 deadline', async () => {
    const result = await run(['add-working-days', '2026-09-30', '1'])
    expect(result.code).toBe(0)
    expect(result.out.split('\n')[0]).toBe('2026-10-08')
    expect(result.out).toContain('2026年10月8日24时')
  })

  it('prints JSON with --json', async () => {
    const result = await run(['add-working-days', '2026-02-13', '5', '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.out)).toEqual({
      from: '2026-02-13',
      workingDays: 5,
      lastDay: '2026-02-27',
      expiresAt: '2026-02-27T16:00:00.000Z'
    })
  })

  it('exits 2 with a Chinese message when the deadline runs into 2027', async () => {
    const result = await run(['add-working-days', '2026-12-31', '1'])
    expect(result.code).toBe(2)
    expect(result.out).toBe('')
    expect(result.err).toContain('2027年的节假日安排尚未录入')
  })

  it.each([
    [['add-working-days', '2026-09-30']],
    [['add-working-days', '2026-09-31', '1']],
    [['add-working-days', '2026-09-30', '-1']],
    [['add-working-days', '2026-09-30', 'x']],
    [['is-working-day']],
    [['is-working-day', '2026-10-08', '--verbose']],
    [['next-holiday', '2026-10-08']],
    [[]]
  ])('exits 64 with the usage on %j', async (args) => {
    const result = await run(args)
    expect(result.code).toBe(64)
    expect(result.err).toContain('用法 Usage:')
  })
})

describe('calendar is-working-day', () => {
  it.each([
    ['2026-10-08', '2026-10-08 是（工作日）'],
    ['2026-10-11', '2026-10-11 否（周末）'],
    ['2026-10-03', '2026-10-03 否（节假日：国庆节）'],
    ['2026-10-10', '2026-10-10 是（调休上班：国庆节）']
  ])('%s', async (date, expected) => {
    const result = await run(['is-working-day', date])
    expect(result).toMatchObject({ code: 0, out: expected })
  })

  it('prints JSON with --json', async () => {
    const result = await run(['is-working-day', '--json', '2026-02-14'])
    expect(JSON.parse(result.out)).toEqual({
      date: '2026-02-14',
      isWorkingDay: true,
      reason: { kind: 'adjusted-workday', holiday: '春节' },
      reasonText: '调休上班：春节'
    })
  })

  it('exits 2 for a day in 2027', async () => {
    const result = await run(['is-working-day', '2027-01-04'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('2027年')
  })
})

describe('calendar --notice', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'calendar-cli-'))
    const notice = {
      year: 2027,
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      adjustedWorkdays: [],
      source: { title: '国务院办公厅关于2027年部分节假日安排的通知', issuedOn: '2026-11-10' }
    }
    await writeFile(join(dir, '2027.json'), JSON.stringify(notice))
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ ...notice, adjustedWorkdays: [{ date: '2027-01-05', holiday: '元旦' }] })
    )
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('covers 2027 once its notice file is given, resolved against cwd', async () => {
    const result = await run(['add-working-days', '2026-12-31', '1', '--notice', '2027.json'], dir)
    expect(result).toMatchObject({ code: 0 })
    expect(result.out.split('\n')[0]).toBe('2027-01-04')
  })

  it('exits 65 naming the problem when the notice file is invalid', async () => {
    const result = await run(['is-working-day', '2027-01-04', '--notice', 'bad.json'], dir)
    expect(result.code).toBe(65)
    expect(result.err).toContain('应为周六或周日')
  })
})
