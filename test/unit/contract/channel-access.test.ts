import { describe, expect, it } from 'vitest'
import { channelAccess, channels } from '../../../src/shared/contract'

describe('every RPC channel’s access', () => {
  it('has an entry for every channel and none for a channel that does not exist', () => {
    expect(Object.keys(channelAccess).sort()).toEqual(Object.keys(channels).sort())
  })

  it('leaves public only what one needs before signing in', () => {
    const open = Object.entries(channelAccess)
      .filter(([, access]) => access === 'public')
      .map(([channel]) => channel)
      .sort()
    expect(open).toEqual([
      'operators.setup',
      'operators.signIn',
      'operators.signOut',
      'operators.status',
      'system.ping'
    ])
  })

  it('keeps the trust store’s changes and the accounts to administrators', () => {
    for (const channel of [
      'seals.trustStore.import',
      'seals.trustStore.remove',
      'operators.list',
      'operators.create',
      'operators.update',
      'operators.setEnabled',
      'operators.resetPassword'
    ] as const) {
      expect(channelAccess[channel], channel).toEqual(['administrator'])
    }
  })

  it('lets every signed-in operator verify seals and read', () => {
    for (const channel of [
      'seals.verifyFile',
      'seals.startBatch',
      'seals.batchStatus',
      'seals.trustStore.list',
      'system.info'
    ] as const) {
      expect(channelAccess[channel], channel).toBe('signedIn')
    }
  })

  it('lets only a 合规专员 put the Bureau’s seal on a document, and only an administrator hand main the seal', () => {
    expect(channelAccess['documents.issue']).toEqual(['complianceOfficer'])
    expect(channelAccess['documents.seal.configure']).toEqual(['administrator'])
    for (const channel of [
      'documents.render',
      'documents.issued.list',
      'documents.issued.file',
      'documents.seal.status'
    ] as const) {
      expect(channelAccess[channel], channel).toBe('signedIn')
    }
  })
})
