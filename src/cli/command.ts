/** What a command writes to and reads from; tests pass their own. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** Working directory that relative paths in arguments are resolved against. */
  cwd: string
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

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd()
}
