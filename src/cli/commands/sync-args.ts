import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { EXIT_USAGE, type CliIo } from '../command'
import { SyncFailure } from '../../shared/domain/sync/faults'
import { message, type Message } from '../../shared/i18n/message'
import {
  createHttpTransport,
  type HttpSyncTransport,
  type LibraryConnection
} from '../../main/services/sync/http-transport'
import type { CliWords } from '../i18n'

/** The flags of a `sync` subcommand: their values, and the switches given. */
export interface SyncFlags {
  values: Record<string, string>
  switches: Set<string>
}

export function parseSyncFlags(
  args: readonly string[],
  valueFlags: readonly string[],
  switchFlags: readonly string[]
): SyncFlags | Message {
  const values: Record<string, string> = {}
  const switches = new Set<string>()
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] as string
    if (switchFlags.includes(flag)) {
      switches.add(flag)
      continue
    }
    if (!valueFlags.includes(flag)) return message('sync.cli.unknownArgument', { argument: flag })
    const value = args[i + 1]
    if (value === undefined || value.startsWith('--')) {
      return message('sync.cli.needsValue', { flag })
    }
    values[flag] = value
    i += 1
  }
  if (values['--password'] !== undefined && values['--cert'] === undefined) {
    return message('sync.cli.passwordWithoutCert')
  }
  return { values, switches }
}

/** A file the operator named, or why it cannot be read. */
export async function readNamedFile(io: CliIo, file: string): Promise<Buffer | Message> {
  try {
    return await readFile(resolve(io.cwd, file))
  } catch (error) {
    return message('sync.cli.unreadableFile', {
      file,
      code: String((error as NodeJS.ErrnoException).code ?? '')
    })
  }
}

/** `--server`, `--proxy`, `--ca`, `--cert`/`--password` as the transport's connection. */
export async function connectionFrom(
  values: Record<string, string>,
  io: CliIo
): Promise<LibraryConnection | Message> {
  const server = values['--server']
  if (!server) return message('sync.cli.missingServer')
  const connection: LibraryConnection = { server }
  if (values['--proxy']) connection.proxy = values['--proxy']
  if (values['--ca']) {
    const ca = await readNamedFile(io, values['--ca'])
    if (!Buffer.isBuffer(ca)) return ca
    connection.ca = ca.toString('utf8')
  }
  if (values['--cert']) {
    const pfx = await readNamedFile(io, values['--cert'])
    if (!Buffer.isBuffer(pfx)) return pfx
    connection.pfx = { data: new Uint8Array(pfx), passphrase: values['--password'] ?? '' }
  }
  return connection
}

/** Says what is wrong with the command line, then the usage; returns the usage exit code. */
export function usageErrorTo(io: CliIo, words: CliWords, usage: string) {
  return (problem: Parameters<CliWords['say']>[0]): number => {
    io.err(`${words.say(problem)}\n\n${usage}`)
    return EXIT_USAGE
  }
}

/** The library's connection from the flags and a transport over it, or what is wrong with them. */
export async function transportFrom(
  values: Record<string, string>,
  io: CliIo
): Promise<{ connection: LibraryConnection; transport: HttpSyncTransport } | Message> {
  const connection = await connectionFrom(values, io)
  if ('code' in connection) return connection
  try {
    return { connection, transport: createHttpTransport(connection) }
  } catch (error) {
    if (!(error instanceof SyncFailure)) throw error
    return error.fault.message
  }
}
