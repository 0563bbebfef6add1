/**
 * GB/T 9704-2012 党政机关公文格式: the page geometry every official document of the Bureau is
 * laid out on. Numbers are the standard's (§5.2, §7); the grid pitch follows from them.
 */

/** 1 mm in PDF points (1 pt = 1/72 in). */
export const PT_PER_MM = 72 / 25.4

/** A4. */
export const PAGE_WIDTH_MM = 210
export const PAGE_HEIGHT_MM = 297

/** 天头 (top margin) and 订口 (binding-side margin): the 版心's top left corner. */
export const TEXT_BLOCK_TOP_MM = 37
export const TEXT_BLOCK_LEFT_MM = 28
/** 版心 156 mm × 225 mm. */
export const TEXT_BLOCK_WIDTH_MM = 156
export const TEXT_BLOCK_HEIGHT_MM = 225

/** 22 lines of 28 characters fill the 版心. */
export const LINES_PER_PAGE = 22
export const CHARS_PER_LINE = 28
export const LINE_PITCH_MM = TEXT_BLOCK_HEIGHT_MM / LINES_PER_PAGE
export const CHAR_PITCH_MM = TEXT_BLOCK_WIDTH_MM / CHARS_PER_LINE

/** 字号 in points: 二号 (title), 三号 (body), 四号 (版记, page numbers). */
export const SIZE_2_PT = 22
export const SIZE_3_PT = 16
export const SIZE_4_PT = 14

/** The 发文机关标志's top edge sits this far below the 版心's top. */
export const MASTHEAD_OFFSET_MM = 35
/** The red separator line sits this far below the 发文字号. */
export const SEPARATOR_GAP_MM = 4
/** The page number's dashes sit this far below the 版心. */
export const PAGE_NUMBER_GAP_MM = 7
/** 版记 rules: the first and last thicker than those between. */
export const COLOPHON_OUTER_RULE_MM = 0.35
export const COLOPHON_INNER_RULE_MM = 0.25
/** The red separator line's weight (the standard leaves it to the issuer; 1 mm is customary). */
export const SEPARATOR_RULE_MM = 1
/** A round official seal of an organ (机关公章) is 42 mm across. */
export const SEAL_DIAMETER_MM = 42
/** The printed verification code's side. */
export const QR_SIDE_MM = 22

/** 发文机关标志 red: the red of the masthead, the separator line and the seal. */
export const OFFICIAL_RED = '#E60012'
