import type { CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import { message } from '../../shared/i18n/message'
import { diagnoseConnection } from '../../main/services/sync/diagnose'
import type { CliWords } from '../i18n'
import { connectionFrom, parseSyncFlags } from './sync-args'

const CHECK_VALUES = ['--server', '--ca', '--cert', '--password', '--proxy']

/**
 * `sync check`: 连接诊断 on the command line, step by step (address, proxy, DNS, TCP, TLS, the
 * bureau's certificate, the library's answer), for the operator and the extranet's help desk.
 */
export async function checkCommand(
  args: string[],
  io: CliIo,
  words: CliWords,
  usage: string,
  failedExit: number
): Promise<number> {
  const flags = parseSyncFlags(args, CHECK_VALUES, ['--json'])
  if ('code' in flags) {
    io.err(`${words.say(flags)}\n\n${usage}`)
    return EXIT_USAGE
  }
  const connection = await connectionFrom(flags.values, io)
  if ('code' in connection) {
    io.err(`${words.say(connection)}\n\n${usage}`)
    return EXIT_USAGE
  }
  const diagnosis = await diagnoseConnection(connection)
  if (flags.switches.has('--json')) {
    const steps = diagnosis.steps.map((step) => ({ ...step, text: words.say(step.said) }))
    io.out(JSON.stringify({ ok: diagnosis.ok, steps }, null, 2))
  } else {
    for (const step of diagnosis.steps) {
      const parts = {
        mark: words.say(message(`sync.check.status.${step.status}`)),
        step: words.say(message(`sync.check.step.${step.step}`)),
        said: step.said,
        ...(step.ms === undefined ? {} : { ms: step.ms })
      }
      const line = step.ms === undefined ? 'sync.check.line' : 'sync.check.lineTimed'
      io.out(words.say(message(line, parts)))
    }
    io.out(words.say(message(diagnosis.ok ? 'sync.check.passed' : 'sync.check.notPassed')))
  }
  return diagnosis.ok ? 0 : failedExit
}
