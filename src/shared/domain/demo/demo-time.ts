import { dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date'
import { defaultWorkingDayCalendar } from '../calendar/default-calendar'
import type { WorkingDayCalendar } from '../calendar/working-day-calendar'
import { DEMO_FIRST_DAY, DEMO_TODAY } from './ground-truth'
import type { SeededRandom } from './prng'

/**
 * Demo time as Beijing local seconds since 1970-01-01 00:00 (day number × 86400 + second of
 * day), written out as `YYYY-MM-DDTHH:MM:SS+08:00` like the business systems send it.
 */
export type BeijingSeconds = number

export const SECONDS_PER_DAY = 86_400

function requireDay(date: string): number {
  const day = dayNumberOf(date)
  if (day === undefined) throw new RangeError(`not a date: ${date}`)
  return day
}

export const FIRST_DAY = requireDay(DEMO_FIRST_DAY)
export const TODAY = requireDay(DEMO_TODAY)

export function dayOf(instant: BeijingSeconds): number {
  return Math.floor(instant / SECONDS_PER_DAY)
}

export function at(day: number, secondOfDay: number): BeijingSeconds {
  return day * SECONDS_PER_DAY + secondOfDay
}

export function formatInstant(instant: BeijingSeconds): string {
  const day = dayOf(instant)
  const second = instant - day * SECONDS_PER_DAY
  const hh = String(Math.floor(second / 3600)).padStart(2, '0')
  const mm = String(Math.floor((second % 3600) / 60)).padStart(2, '0')
  const ss = String(second % 60).padStart(2, '0')
  return `${isoDateOfDayNumber(day)}T${hh}:${mm}:${ss}+08:00`
}

/** A time in office hours, 08:30–17:30. */
export function officeSecond(random: SeededRandom): number {
  return random.int(8.5 * 3600, 17.5 * 3600)
}

/**
 * The working-day deadlines the generator needs, precomputed for every day of 2024–2026 from
 * the bundled calendar so that a million licences cost array look-ups, not calendar walks.
 */
export class DemoDeadlines {
  private readonly start: number
  private readonly working: Uint8Array
  private readonly after = new Map<number, Int32Array>()

  constructor(private readonly calendar: WorkingDayCalendar = defaultWorkingDayCalendar) {
    this.start = requireDay('2024-01-01')
    const end = requireDay('2026-12-31')
    this.working = new Uint8Array(end - this.start + 1)
    for (let day = this.start; day <= end; day++) {
      const result = calendar.isWorkingDay(isoDateOfDayNumber(day))
      this.working[day - this.start] = result.ok && result.data ? 1 : 0
    }
  }

  isWorkingDay(day: number): boolean {
    return this.working[day - this.start] === 1
  }

  /** W(day, n) as a day number; `day` must lie in 2024-01-01 … 2026-11-30. */
  lastDay(day: number, n: number): number {
    let table = this.after.get(n)
    if (!table) {
      table = new Int32Array(TODAY + 4 - this.start)
      for (let d = this.start; d < TODAY + 4; d++) {
        const result = this.calendar.addWorkingDays(isoDateOfDayNumber(d), n)
        if (!result.ok) throw new Error(JSON.stringify(result.error))
        table[d - this.start] = requireDay(result.data)
      }
      this.after.set(n, table)
    }
    const found = table[day - this.start]
    if (found === undefined) throw new RangeError(`deadline outside the demo period: ${day}`)
    return found
  }

  /** A working day drawn uniformly from [from, to]; `to` when there is none. */
  randomWorkingDay(random: SeededRandom, from: number, to: number): number {
    for (let attempt = 0; attempt < 20; attempt++) {
      const day = random.int(from, to)
      if (this.isWorkingDay(day)) return day
    }
    return to
  }
}
