/**
 * Breaking Chinese text into lines of the GB/T 9704 grid: a CJK character or full-width mark
 * takes one cell, a Latin letter or digit half of one, and the line-start and line-end rules
 * (禁则) keep closing marks off the start of a line and opening marks off its end.
 */

/** Marks that must not start a line. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’…—·%‰,.;:?!)'])
/** Marks that must not end a line: they move to the next one. */
const NO_LINE_END = new Set([...'（《「『【〔“‘(['])

/** Cells a character takes: 1 for CJK and full-width forms, ½ for ASCII and Latin. */
export function cellsOf(character: string): number {
  const code = character.codePointAt(0) ?? 0
  if (code < 0x2000) return 0.5
  return 1
}

export function cellsOfText(text: string): number {
  let cells = 0
  for (const character of text) cells += cellsOf(character)
  return cells
}

/**
 * Breaks `text` into lines: the first holds `firstLineCells`, the others `cells`. A closing mark
 * that would start a line takes the character before it along, and an opening mark that would
 * end a line moves down with its successor; the layout then spreads the shorter line to the
 * full width.
 */
export function breakLines(text: string, cells: number, firstLineCells = cells): string[] {
  const characters = [...text]
  const lines: string[] = []
  let line: string[] = []
  let used = 0
  let capacity = firstLineCells
  const close = (): void => {
    lines.push(line.join(''))
    line = []
    used = 0
    capacity = cells
  }
  for (const character of characters) {
    const width = cellsOf(character)
    if (used + width > capacity && line.length > 0) {
      const carried: string[] = []
      // 推出: a closing mark takes the character before it down, never hangs past the 版心.
      if (NO_LINE_START.has(character)) {
        while (line.length > 1 && (carried.length === 0 || NO_LINE_START.has(carried[0] ?? ''))) {
          carried.unshift(line.pop() ?? '')
        }
      }
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1] ?? '')) {
        carried.unshift(line.pop() ?? '')
      }
      close()
      line = carried
      used = cellsOfText(carried.join(''))
    }
    line.push(character)
    used += width
  }
  if (line.length > 0) lines.push(line.join(''))
  return lines
}

/**
 * Splits a title into lines no wider than `cells`, as even as the words allow and never longer
 * above than below (a 梯形, as GB/T 9704 §7.3.1 asks of a multi-line title).
 */
export function balanceTitle(title: string, cells: number): string[] {
  return title
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .flatMap((part) => {
      const total = cellsOfText(part)
      if (total <= cells) return [part]
      const count = Math.ceil(total / cells)
      const characters = [...part]
      const lines: string[] = []
      let start = 0
      for (let index = 0; index < count; index += 1) {
        const remainingLines = count - index
        const remainingCells = cellsOfText(characters.slice(start).join(''))
        const target = Math.floor(remainingCells / remainingLines)
        let end = start
        let used = 0
        while (end < characters.length && used + cellsOf(characters[end] ?? '') <= target) {
          used += cellsOf(characters[end] ?? '')
          end += 1
        }
        if (index === count - 1) end = characters.length
        lines.push(characters.slice(start, end).join(''))
        start = end
      }
      return lines.filter((line) => line.length > 0)
    })
}
