import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { PickFilesOutput } from '../../../src/shared/contract'
import { composeMain } from '../../../src/main/compose'
import type { DialogPort } from '../../../src/main/services/files/dialog-port'

const context = { caller: 'window:1', emit: vi.fn() }

/** The first run: the first administrator is created and this caller is signed in as them. */
async function signedIn(main: ReturnType<typeof composeMain>): Promise<void> {
  const setup = await main.dispatch(
    'operators.setup',
    { name: '王管理', unit: '数据资源科', password: 'correct horse battery' },
    context
  )
  expect(setup).toMatchObject({ ok: true, data: { roles: ['administrator'] } })
}

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
    expect(await main.dispatch('system.info', {}, context)).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.signInRequired' }
    })
    await signedIn(main)
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
    await signedIn(main)
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
