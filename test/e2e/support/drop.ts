import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Page } from 'playwright-core'

declare const DataTransfer: new () => { items: { add(file: unknown): void } }
declare const File: new (parts: Uint8Array[], name: string) => unknown

/** Drops files on the visible drop zone as a user dragging them from the desktop would. */
export async function dropFiles(page: Page, paths: string[]): Promise<void> {
  const files = paths.map((path) => ({
    name: basename(path),
    base64: readFileSync(path).toString('base64')
  }))
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer()
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (char) => char.charCodeAt(0))
      transfer.items.add(new File([bytes], item.name))
    }
    return transfer
  }, files)
  await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer })
}
