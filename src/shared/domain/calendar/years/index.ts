import type { YearNotice } from '../year-notice'
import { notice2020 } from './2020'
import { notice2021 } from './2021'
import { notice2022 } from './2022'
import { notice2023 } from './2023'
import { notice2024 } from './2024'
import { notice2025 } from './2025'
import { notice2026 } from './2026'

/**
 * The year tables shipped with the app, cross-checked day by day against chinese-days in the unit
 * tests. Later years are entered by administrators in 设置 from the State Council notice.
 */
export const bundledYearNotices: readonly YearNotice[] = [
  notice2020,
  notice2021,
  notice2022,
  notice2023,
  notice2024,
  notice2025,
  notice2026
]
