import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { PickFilesOutput } from '../../../src/shared/contract'
import { composeMain } from '../../../src/main/compose'
import type { DialogPort } from '../../../src/main/services/files/dialog-port'

const context = { emit: vi.fn() }

function composed(dialogs: DialogPort = { open: async () => ({ outcome: 'canceled' }) }) {
  const dataLocation = mkdtempSync(join(tmpdir(), 'compose-test-'))
  const createVerifyWorker = vi.fn(() => {
    throw new Error('no PDF is verified in these tests')
  })
  const main = composeMain({
    mode: 'browser',
    dataLocation,
    dialogs,
    createVerifyWorker,
    now: () => new Date('2026-12-02T06:05:00Z')
  })
  return { main, dataLocation, createVerifyWorker }
}

describe('the composition root', () => {
  it('answers system.info with the front end, the data folder and the start time it was given', async () => {
    const { main, dataLocation } = composed()
    const result = await main.dispatch('system.info', {}, context)
    expect(result).toMatchObject({
      ok: true,
      data: {
        dataLocation,
        runtime: { mode: 'browser', node: process.versions.node, electron: null },
        startedAt: '2026-12-02T06:05:00.000Z'
      }
    })
    await main.close()
  })

  it('asks the open dialog it was given and registers the picked files in its own registry', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'compose-pick-'))
    const pdf = join(folder, 'licence.pdf')
    writeFileSync(pdf, '%PDF-1.7\n')
    const open = vi.fn<DialogPort['open']>(async () => ({ outcome: 'picked', paths: [pdf] }))
    const { main, createVerifyWorker } = composed({ open })
    const result = await main.dispatch(
      'seals.pickFiles',
      { mode: 'files', purpose: 'pdf' },
      context
    )
    expect(open).toHaveBeenCalledWith({ mode: 'files', purpose: 'pdf' })
    expect(result).toMatchObject({ ok: true, data: { outcome: 'picked', folderName: null } })
    const [file] = (result as { data: Extract<PickFilesOutput, { outcome: 'picked' }> }).data.files
    expect(file).toMatchObject({ name: 'licence.pdf', size: 9 })
    expect(main.files.lookup(file!.id)?.path).toBe(pdf)
    // Workers start when a file is verified, not when main is composed.
    expect(createVerifyWorker).not.toHaveBeenCalled()
    await main.close()
  })

  it('deletes dropped files when it closes', async () => {
    const { main } = composed()
    const response = await main.uploads.receive(new Blob(['%PDF-1.7\n']).stream(), {
      contentLength: '9',
      fileName: 'dropped.pdf'
    })
    const { id } = (await response.json()) as { id: string }
    const path = main.files.lookup(id)!.path
    expect(existsSync(path)).toBe(true)
    await main.close()
    expect(existsSync(path)).toBe(false)
  })
})
