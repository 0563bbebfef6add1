/** The media type of .xlsx workbooks. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Offers a workbook from `tableToXlsx` as a download (the browser's or Electron's save dialog). */
export function downloadXlsx(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MEDIA_TYPE }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
