import type { Locale } from '../shared/i18n'

/** What a command writes to and reads from; tests pass their own. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Working directory that relative paths in arguments are resolved against. */
  cwd: string
  /** The language of messages (`--lang en`); Chinese when absent. */
  locale?: Locale
}

/**
 * One `npm run cli -- <group> ...` command group. `run` receives the arguments after the group
 * name and returns the process exit code; usage errors print the group's usage and return 64.
 */
export interface CliCommand {
  name: string
  /** One line for `--help`, in Chinese first. */
  summary: string
  /** Full usage text printed by `<group> --help` and on usage errors. */
  usage: string
  run(args: string[], io: CliIo): Promise<number>
}

export const EXIT_USAGE = 64
/** A write to stdout or stderr failed for another reason than a closed pipe (EX_IOERR). */
export const EXIT_IO_ERROR = 74

/**
 * The process's stdout and stderr. A reader that stops early (`… --json | head -1`) closes the
 * pipe: writing then stops quietly, with no EPIPE stack trace, and the command still finishes
 * and sets its exit code. Listeners are attached here, by the entry point, not on import.
 */
export function createProcessIo(): CliIo {
  return { out: pipeWriter(process.stdout), err: pipeWriter(process.stderr), cwd: process.cwd() }
}

function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true
    // Any other write failure (a full disk behind a redirect) is an I/O error, EX_IOERR.
    if (error.code !== 'EPIPE') process.exitCode = EXIT_IO_ERROR
  })
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text.endsWith('\n') ? text : `${text}\n`)
  }
}
