import type { IsoDate } from './iso-date'

/** One run of days off from a State Council notice, e.g. 国庆节 2026-10-01 … 2026-10-07. */
export interface HolidayRange {
  /** 节日名称, as the notice names it (春节, 国庆节, 中秋节、国庆节 …). */
  name: string
  from: IsoDate
  /** Inclusive. */
  to: IsoDate
}

/** A weekend day made a working day (调休上班) to balance a holiday. */
export interface AdjustedWorkday {
  date: IsoDate
  /** The holiday it compensates for, so the app can say “调休上班（春节）”. */
  holiday: string
}

/** The notice a year's table is taken from. */
export interface NoticeSource {
  /** e.g. 国务院办公厅关于2026年部分节假日安排的通知 */
  title: string
  issuedOn: IsoDate
  /** 发文字号, e.g. 国办发明电〔2024〕12号, when known. */
  documentNumber?: string
}

/**
 * One year's holiday arrangement (部分节假日安排). Every day of the year that is neither in a
 * holiday range nor a weekend is a working day; adjusted workdays turn weekend days into working
 * days.
 */
export interface YearNotice {
  year: number
  holidays: HolidayRange[]
  adjustedWorkdays: AdjustedWorkday[]
  source: NoticeSource
  /** Later notices that changed this year's arrangement (2020: 延长春节假期). */
  amendedBy?: NoticeSource[]
}
