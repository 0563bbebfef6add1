/** Decoding of PDF text strings (§7.9.2) and dates (§7.9.4) for the report. */

/**
 * UTF-16BE or UTF-8 with a byte-order mark; otherwise UTF-8 when the bytes are valid UTF-8
 * (Chinese producers often write it without a BOM) and PDFDocEncoding (≈ Latin-1) when not.
 */
export function decodeTextString(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3))
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    let text = ''
    for (const byte of bytes) text += String.fromCharCode(byte)
    return text
  }
}

/**
 * `D:YYYYMMDDHHmmSSOHH'mm'` → ISO 8601 in UTC; undefined when it is not a date. Missing parts
 * default as the specification says (month/day 01, time 00, offset UTC).
 */
export function parsePdfDate(text: string): string | undefined {
  const match =
    /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/.exec(
      text.trim()
    )
  if (!match) return undefined
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = match
  const sign = match[7] === '-' ? -1 : 1
  const offsetMinutes =
    match[7] === '+' || match[7] === '-'
      ? sign * (Number(match[8] ?? 0) * 60 + Number(match[9] ?? 0))
      : 0
  const utc =
    Date.UTC(
      Number(year),
      Number(month) - 1,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second)
    ) -
    offsetMinutes * 60_000
  const date = new Date(utc)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
