import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import { defaultWorkingDayCalendar } from '../../shared/domain/calendar'
import {
  createInMemoryComplianceSource,
  draftNotice,
  issueNotice,
  scanCompliance
} from '../../shared/domain/compliance'
import { composeRectificationNotice } from '../../shared/domain/documents/compose'
import { CodedError } from '../../shared/contract'
import { SyncFailure } from '../../shared/domain/sync/faults'
import { message, type Message } from '../../shared/i18n/message'
import { createCliWords, type CliWords } from '../i18n'
import type { DocumentSigner } from '../../main/services/documents/cms-signer'

export const EXIT_FAILED = 1
const MAX_LICENCES = 1_000_000

const usage = [
  '用法 Usage:',
  '  documents notice --demo [--licences N] [--seed S] [--format pdf|docx]',
  '                   [--sign FILE.p12 --password P] --out FILE',
  '      为演示城市第一个有问题的部门生成责令限期改正通知书（GB/T 9704 版式）',
  '',
  '选项 Options:',
  '  --format F     pdf（默认）或 docx',
  '  --sign FILE    用该 PKCS#12 证书签发（加盖电子印章并签名，仅 PDF）',
  '  --password P   PKCS#12 的密码',
  '  --licences N   演示证照数量，默认 5000',
  '  --seed S       演示随机种子',
  '',
  '退出码 Exit codes: 0 成功；1 生成或签发失败；64 用法错误'
].join('\n')

interface NoticeOptions {
  licences: number
  seed: string | null
  format: 'pdf' | 'docx'
  sign: string | null
  password: string
  out: string
}

function parseNoticeArgs(args: string[]): NoticeOptions | Message {
  const options: Partial<NoticeOptions> & { demo?: boolean } = {
    licences: 5_000,
    seed: null,
    format: 'pdf',
    sign: null,
    password: ''
  }
  for (let i = 0; i < args.length; i++) {
    const flag = args[i] ?? ''
    const value = (): string | null => {
      const next = args[i + 1]
      if (next === undefined || next.startsWith('--')) return null
      i += 1
      return next
    }
    if (flag === '--demo') {
      options.demo = true
      continue
    }
    const given = value()
    if (given === null) return message('documents.cli.missingValue', { flag })
    if (flag === '--format') {
      if (given !== 'pdf' && given !== 'docx') {
        return message('documents.cli.badFormat', { format: given })
      }
      options.format = given
    } else if (flag === '--licences') {
      const count = Number(given)
      if (!Number.isInteger(count) || count < 100 || count > MAX_LICENCES) {
        return message('documents.cli.badLicences', { value: given, max: MAX_LICENCES })
      }
      options.licences = count
    } else if (flag === '--seed') options.seed = given
    else if (flag === '--sign') options.sign = given
    else if (flag === '--password') options.password = given
    else if (flag === '--out') options.out = given
    else return message('documents.cli.unknownOption', { flag })
  }
  if (!options.demo) return message('documents.cli.needsDemo')
  if (!options.out) return message('documents.cli.needsOut')
  if (options.sign && options.format !== 'pdf') return message('documents.sign.pdfOnly')
  return options as NoticeOptions
}

async function notice(options: NoticeOptions, io: CliIo, words: CliWords): Promise<number> {
  io.err(words.say(message('documents.cli.generating', { licences: options.licences })))
  const { demoScanInput } = await import('./demo-scan')
  const { tables, today } = await demoScanInput({
    licences: options.licences,
    seed: options.seed
  })
  const scanned = await scanCompliance(createInMemoryComplianceSource(tables), {
    today,
    calendar: defaultWorkingDayCalendar
  })
  if (!scanned.ok) throw new CodedError(scanned.error)
  const open = scanned.data.findings.filter((f) => f.status === 'open' && f.outcome === 'violation')
  const zh = createCliWords('zh-CN')
  const issuerName = zh.say(message('documents.issuer.name'))
  // The Bureau does not order itself to rectify: the first other department with findings.
  const department = tables.departments.find(
    (d) => d.name !== issuerName && open.some((f) => f.departmentId === d.id)
  )
  if (!department) throw new CodedError(message('documents.cli.noFindings'))
  const drafted = draftNotice({
    id: 'cli-notice-1',
    departmentId: department.id,
    findings: open.filter((f) => f.departmentId === department.id),
    createdOn: today,
    actor: 'cli'
  })
  if (!drafted.ok) throw new CodedError(drafted.error)
  const issued = issueNotice(drafted.data, {
    issuedOn: today,
    sequence: 1,
    actor: 'cli',
    calendar: defaultWorkingDayCalendar
  })
  if (!issued.ok) throw new CodedError(issued.error)
  const document = composeRectificationNotice({
    issuer: {
      name: issuerName,
      printingOffice: zh.say(message('documents.issuer.printingOffice')),
      contact: null
    },
    departmentName: department.name,
    date: today,
    copyTo: [],
    say: zh.say,
    notice: issued.data,
    lastDay: issued.data.deadline?.lastDay ?? today
  })
  const { renderDocument } = await import('../../main/services/documents/render')
  let seal: { signer: DocumentSigner; signingTime: Date } | undefined
  if (options.sign) {
    const { readPkcs12 } = await import('../../main/services/sync/pkcs12')
    const pfx = await readFile(resolve(io.cwd, options.sign))
    seal = { signer: await readPkcs12(pfx, options.password), signingTime: new Date() }
  }
  const rendered = await renderDocument(document, { format: options.format, seal })
  const out = resolve(io.cwd, options.out)
  await writeFile(out, rendered.bytes)
  io.out(
    words.say(
      message('documents.cli.written', {
        file: out,
        department: department.name,
        number: document.documentNumber ?? '',
        findings: issued.data.findingIds.length,
        bytes: rendered.bytes.length,
        sha256: rendered.sha256
      })
    )
  )
  if (rendered.pages !== null) {
    io.out(words.say(message('documents.cli.pages', { pages: rendered.pages })))
  }
  if (rendered.substitutes.length > 0) {
    io.out(
      words.say(message('documents.fonts.substitutes', { list: rendered.substitutes.join('；') }))
    )
  }
  if (rendered.signer)
    io.out(words.say(message('documents.cli.signed', { signer: rendered.signer })))
  return 0
}

export const documentsCommand: CliCommand = {
  name: 'documents',
  summary: '公文（GB/T 9704）生成与签发 · official documents laid out per GB/T 9704, sealed',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const [subcommand, ...rest] = args
    if (subcommand !== 'notice') {
      const problem = subcommand
        ? message('documents.cli.unknownSubcommand', { name: subcommand })
        : message('documents.cli.missingSubcommand')
      io.err(`${words.say(problem)}\n\n${usage}`)
      return EXIT_USAGE
    }
    const options = parseNoticeArgs(rest)
    if ('code' in options) {
      io.err(`${words.say(options)}\n\n${usage}`)
      return EXIT_USAGE
    }
    try {
      return await notice(options, io, words)
    } catch (error) {
      if (error instanceof CodedError) {
        io.err(words.say(error.value))
        return EXIT_FAILED
      }
      if (error instanceof SyncFailure) {
        io.err(words.say(error.fault.message))
        return EXIT_FAILED
      }
      const code = (error as NodeJS.ErrnoException).code
      if (typeof code !== 'string') throw error
      io.err(
        words.say(message('documents.cli.ioFailed', { code, detail: (error as Error).message }))
      )
      return EXIT_FAILED
    }
  }
}
