/**
 * The DOCX of an official document is laid out per GB/T 9704-2012: the expected geometry is
 * worked out here from the standard's millimetres, not taken from the writer.
 */
import JSZip from 'jszip'
import { SaxesParser } from 'saxes'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeDocx } from '../../../../src/main/services/documents/docx-writer'
import { OfficialDocument } from '../../../../src/shared/domain/documents/official-document'

const TWIPS_PER_MM = 1440 / 25.4
const mmOf = (twips: number): number => twips / TWIPS_PER_MM
const PT_PER_MM = 72 / 25.4

const RED = 'E60012'

const SAMPLE: OfficialDocument = OfficialDocument.parse({
  kind: 'rectificationNotice',
  masthead: '许昌市政务服务和大数据管理局',
  documentNumber: '许数管〔2026〕7号',
  title: '许昌市政务服务和大数据管理局\n关于责令限期改正电子证照数据问题的通知',
  addressee: '许昌市市场监督管理局',
  paragraphs: [
    {
      style: 'body',
      text: '根据《河南省电子证照管理办法》有关规定，我局于2026年11月对你局归集至全省电子证照共享库的营业执照、食品经营许可证等证照数据开展了质量核查，发现部分证照存在数据项缺失、照面信息与业务系统不一致、注销证照未及时废止等问题。'
    },
    { style: 'heading1', text: '一、存在的问题' },
    { style: 'heading2', text: '（一）数据项缺失。' },
    {
      style: 'body',
      text: '共有1,236条营业执照数据缺少“统一社会信用代码”或“发证日期”数据项，占你局归集总量的3.2%。'
    },
    {
      style: 'body',
      text: '请你局自收到本通知之日起15个工作日内完成整改，并将整改情况书面报送我局。逾期未改正的，我局将依照有关规定予以通报。'
    }
  ],
  attachments: ['电子证照数据问题清单', '整改情况报告模板'],
  signatory: '许昌市政务服务和大数据管理局',
  date: '2026-12-03',
  note: '（联系人：王某某，电话：0374-1234567）',
  copyTo: ['许昌市人民政府办公室', '许昌市司法局'],
  printedBy: '许昌市政务服务和大数据管理局办公室',
  printedOn: '2026-12-03'
})

// --- Reading the package ---------------------------------------------------------------------

type Package = {
  document: string
  footers: Record<string, string>
  core: string
  parts: Record<string, string>
}

async function open(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name)
    if (file === null) throw new Error(`${name} missing`)
    return file.async('string')
  }
  const parts: Record<string, string> = {}
  for (const name of Object.keys(zip.files).filter((name) => name.endsWith('.xml'))) {
    parts[name] = await read(name)
  }
  const document = await read('word/document.xml')
  const rels = await read('word/_rels/document.xml.rels')
  const footers: Record<string, string> = {}
  for (const [, type, id] of document.matchAll(
    /<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g
  )) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
    footers[type!] = await read(`word/${target}`)
  }
  return { document, footers, core: await read('docProps/core.xml'), parts }
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
}

/** The attributes of the first `<tag …>` in xml. */
function attributes(xml: string, tag: string): Record<string, string> {
  const element = new RegExp(`<${tag}\\b([^>]*)/?>`).exec(xml)
  if (!element) throw new Error(`<${tag}> missing`)
  return Object.fromEntries(
    [...element[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!])
  )
}

const number = (xml: string, tag: string, attribute: string): number =>
  Number(attributes(xml, tag)[attribute])

type Para = { xml: string; properties: string; text: string }

/** The body's paragraphs, with their text (w:br as \n, w:tab as \t). */
function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => {
    const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(inner!)?.[0] ?? ''
    const runs = inner!.replace(properties, '')
    const text = [...runs.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map(([token, content]) =>
        token === '<w:br/>' ? '\n' : token === '<w:tab/>' ? '\t' : unescape(content!)
      )
      .join('')
    return { xml: inner!, properties, text }
  })
}

const texts = (xml: string): string[] =>
  paragraphs(xml)
    .map((p) => p.text)
    .filter((text) => text !== '')

function find(xml: string, text: string): Para {
  const found = paragraphs(xml).find((p) => p.text === text)
  if (!found) throw new Error(`no paragraph «${text}»`)
  return found
}

function wellFormed(xml: string): void {
  const parser = new SaxesParser()
  parser.on('error', (error) => {
    throw error
  })
  parser.write(xml).close()
}

// --- The sample ------------------------------------------------------------------------------

describe('writeDocx, GB/T 9704 layout', () => {
  let pkg: Package

  beforeAll(async () => {
    pkg = await open(await writeDocx(SAMPLE))
  })

  it('is A4 with the 版心 margins: top 37, left 28, right 26, bottom 35 mm', () => {
    expect(attributes(pkg.document, 'w:pgSz')).toMatchObject({
      'w:w': String(Math.round(210 * TWIPS_PER_MM)),
      'w:h': String(Math.round(297 * TWIPS_PER_MM))
    })
    expect(attributes(pkg.document, 'w:pgSz')['w:w']).toBe('11906')
    expect(attributes(pkg.document, 'w:pgSz')['w:h']).toBe('16838')
    for (const [side, mm] of [
      ['top', 37],
      ['left', 28],
      ['right', 210 - 28 - 156],
      ['bottom', 297 - 37 - 225]
    ] as const) {
      expect(Math.abs(mmOf(number(pkg.document, 'w:pgMar', `w:${side}`)) - mm)).toBeLessThan(1)
    }
  })

  it('has a 22-line × 28-character document grid', () => {
    const grid = attributes(pkg.document, 'w:docGrid')
    expect(grid['w:type']).toBe('linesAndChars')
    const linePitch = Number(grid['w:linePitch'])
    expect(Math.abs(mmOf(linePitch) - 225 / 22)).toBeLessThan(0.1)

    const margin = (side: string) => number(pkg.document, 'w:pgMar', `w:${side}`)
    const textHeight = 16838 - margin('top') - margin('bottom')
    const textWidth = 11906 - margin('left') - margin('right')
    expect(Math.floor(textHeight / linePitch)).toBe(22)
    // charSpace is the grid pitch's difference from Normal's 三号 (16 pt), in 1/4096 pt.
    const charPitchPt = 16 + Number(grid['w:charSpace']) / 4096
    expect(Math.floor(textWidth / 20 / charPitchPt)).toBe(28)
    expect(pkg.parts['word/styles.xml']).toMatch(/<w:rPrDefault>[\s\S]*<w:sz w:val="32"\/>/)
  })

  it('sets every line exactly on the grid pitch', () => {
    const linePitch = number(pkg.document, 'w:docGrid', 'w:linePitch')
    // All but the masthead (its own size) and the 版记's hairline rules.
    const lines = paragraphs(pkg.document)
      .slice(1)
      .filter((p) => !(p.text === '' && p.properties.includes('<w:pBdr>')))
    expect(lines.length).toBeGreaterThan(20)
    for (const p of lines) {
      expect(attributes(p.properties, 'w:spacing')).toMatchObject({
        'w:line': String(linePitch),
        'w:lineRule': 'exact'
      })
    }
  })

  it('prints the masthead red, centred, in 小标宋, on one line, 35 mm below the 版心 top', () => {
    const masthead = paragraphs(pkg.document)[0]!
    expect(masthead.text).toBe('许昌市政务服务和大数据管理局')
    expect(attributes(masthead.properties, 'w:jc')['w:val']).toBe('center')
    expect(attributes(masthead.xml, 'w:color')['w:val']).toBe(RED)
    expect(attributes(masthead.xml, 'w:rFonts')['w:eastAsia']).toBe('方正小标宋简体')
    const sizePt = number(masthead.xml, 'w:sz', 'w:val') / 2
    expect(sizePt).toBeGreaterThanOrEqual(22)
    expect(sizePt).toBeLessThanOrEqual(36)
    expect((sizePt * 14) / PT_PER_MM).toBeLessThanOrEqual(156)
    // The text sits at the bottom of its exact line: its top is before + (line − size).
    const spacing = attributes(masthead.properties, 'w:spacing')
    const top = Number(spacing['w:before']) + Number(spacing['w:line']) - sizePt * 20
    expect(Math.abs(mmOf(top) - 35)).toBeLessThan(1)
  })

  it('puts the 发文字号 centred two lines down, over a red rule 4 mm below it', () => {
    const all = paragraphs(pkg.document)
    const index = all.findIndex((p) => p.text === '许数管〔2026〕7号')
    expect(all.slice(1, index).map((p) => p.text)).toEqual(['', ''])
    const number = all[index]!
    expect(attributes(number.properties, 'w:jc')['w:val']).toBe('center')
    expect(attributes(number.xml, 'w:rFonts')['w:eastAsia']).toBe('仿宋_GB2312')
    expect(attributes(number.xml, 'w:sz')['w:val']).toBe('32')
    const rule = attributes(number.properties, 'w:bottom')
    expect(rule).toMatchObject({ 'w:val': 'single', 'w:color': RED })
    expect(Math.abs(Number(rule['w:space']) / PT_PER_MM - 4)).toBeLessThan(0.5)
    expect(number.properties).not.toMatch(/<w:ind /)
  })

  it('sets the title in 二号 小标宋, centred, its lines kept', () => {
    const title = find(
      pkg.document,
      '许昌市政务服务和大数据管理局\n关于责令限期改正电子证照数据问题的通知'
    )
    expect(attributes(title.properties, 'w:jc')['w:val']).toBe('center')
    expect(attributes(title.xml, 'w:sz')['w:val']).toBe('44')
    expect(attributes(title.xml, 'w:rFonts')['w:eastAsia']).toBe('方正小标宋简体')
    expect(attributes(title.xml, 'w:color')['w:val']).toBe('000000')
  })

  it('sets the 正文 in 三号 with a two-character first-line indent, headings in 黑体 and 楷体', () => {
    const body = find(pkg.document, SAMPLE.paragraphs[0]!.text)
    expect(attributes(body.xml, 'w:sz')['w:val']).toBe('32')
    expect(attributes(body.xml, 'w:rFonts')).toMatchObject({
      'w:eastAsia': '仿宋_GB2312',
      'w:ascii': '仿宋_GB2312',
      'w:hAnsi': '仿宋_GB2312'
    })
    expect(attributes(body.properties, 'w:ind')['w:firstLineChars']).toBe('200')
    expect(attributes(body.properties, 'w:jc')['w:val']).toBe('both')

    const heading1 = find(pkg.document, '一、存在的问题')
    expect(attributes(heading1.xml, 'w:rFonts')['w:eastAsia']).toBe('黑体')
    expect(attributes(heading1.properties, 'w:ind')['w:firstLineChars']).toBe('200')
    const heading2 = find(pkg.document, '（一）数据项缺失。')
    expect(attributes(heading2.xml, 'w:rFonts')['w:eastAsia']).toBe('楷体_GB2312')
    expect(attributes(heading2.properties, 'w:ind')['w:firstLineChars']).toBe('200')

    const addressee = find(pkg.document, '许昌市市场监督管理局：')
    expect(addressee.properties).not.toMatch(/<w:ind /)
  })

  it('dates the document in Chinese numerals, right 4 characters, the organ centred over it', () => {
    const all = paragraphs(pkg.document)
    const index = all.findIndex((p) => p.text === '二〇二六年十二月三日')
    expect(index).toBeGreaterThan(0)
    const date = all[index]!
    const signatory = all[index - 1]!
    expect(signatory.text).toBe('许昌市政务服务和大数据管理局')
    expect(all.slice(index - 4, index - 1).map((p) => p.text)).toEqual(['', '', ''])

    const char = (156 * TWIPS_PER_MM) / 28
    expect(attributes(date.properties, 'w:jc')['w:val']).toBe('right')
    expect(number(date.properties, 'w:ind', 'w:right') / char).toBeCloseTo(4, 1)
    // Date 10 characters, organ 14: the organ's middle over the date's, 4 + (10 − 14) / 2 = 2.
    expect(attributes(signatory.properties, 'w:jc')['w:val']).toBe('right')
    expect(number(signatory.properties, 'w:ind', 'w:right') / char).toBeCloseTo(2, 1)

    const note = all[index + 1]!
    expect(note.text).toBe('（联系人：王某某，电话：0374-1234567）')
    expect(attributes(note.properties, 'w:ind')['w:firstLineChars']).toBe('200')
  })

  it('ends with the 版记 in 四号 between black rules, 0.35 mm outside and 0.25 mm between', () => {
    const all = paragraphs(pkg.document)
    const copyTo = all.findIndex((p) => p.text === '抄送：许昌市人民政府办公室，许昌市司法局。')
    const printed = all.findIndex(
      (p) => p.text === '许昌市政务服务和大数据管理局办公室\t2026年12月3日印发'
    )
    expect(printed).toBe(copyTo + 2)
    expect(printed).toBe(all.length - 2)
    for (const index of [copyTo, printed]) {
      const p = all[index]!
      expect(attributes(p.xml, 'w:sz')['w:val']).toBe('28')
      expect(Math.abs(number(p.properties, 'w:ind', 'w:right') - 280)).toBeLessThan(20)
    }
    const rule = (index: number) => {
      const bottom = attributes(all[index]!.properties, 'w:bottom')
      expect(all[index]!.text).toBe('')
      expect(bottom['w:color']).toBe('000000')
      expect(all[index]!.properties).not.toMatch(/<w:ind /)
      return Number(bottom['w:sz']) / 8 / PT_PER_MM
    }
    expect(rule(copyTo - 1)).toBeCloseTo(0.35, 1)
    expect(rule(copyTo + 1)).toBeCloseTo(0.25, 1)
    expect(rule(printed + 1)).toBeCloseTo(0.35, 1)

    const textWidth = 11906 - 1587 - 1474
    const tab = attributes(all[printed]!.properties, 'w:tab')
    expect(tab['w:val']).toBe('right')
    expect(Math.abs(Number(tab['w:pos']) - (textWidth - 280))).toBeLessThan(20)
  })

  it('prints everything black but the masthead and the separator', () => {
    const colors = [...pkg.document.matchAll(/<w:color w:val="(\w+)"\/>/g)].map(([, c]) => c)
    expect(new Set(colors)).toEqual(new Set(['000000', RED]))
    const red = paragraphs(pkg.document).filter((p) => p.xml.includes(`w:color w:val="${RED}"`))
    expect(red.map((p) => p.text)).toEqual(['许昌市政务服务和大数据管理局'])
    const redBorders = [...pkg.document.matchAll(/<w:bottom [^>]*w:color="(\w+)"/g)].filter(
      ([, color]) => color === RED
    )
    expect(redBorders).toHaveLength(1)
  })

  it('numbers pages "— N —" in 宋体 四号, odd on the right, even on the left', () => {
    expect(Object.keys(pkg.footers).sort()).toEqual(['default', 'even'])
    expect(pkg.parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>')
    for (const [type, footer] of Object.entries(pkg.footers)) {
      const [p] = paragraphs(footer)
      expect(p!.xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(p!.text).toBe('—  —')
      expect(attributes(p!.xml, 'w:rFonts')['w:eastAsia']).toBe('宋体')
      expect(attributes(p!.xml, 'w:sz')['w:val']).toBe('28')
      const odd = type === 'default'
      expect(attributes(p!.properties, 'w:jc')['w:val']).toBe(odd ? 'right' : 'left')
      const indent = number(p!.properties, 'w:ind', odd ? 'w:right' : 'w:left')
      expect(Math.abs(indent - 14 * 20)).toBeLessThan(20)
      // Its middle 7 mm below the 版心 (the footer distance is to the line's bottom).
      const line = number(p!.properties, 'w:spacing', 'w:line')
      const middle = number(pkg.document, 'w:pgMar', 'w:footer') + line / 2
      const bottomMargin = number(pkg.document, 'w:pgMar', 'w:bottom')
      expect(Math.abs(mmOf(bottomMargin - middle) - 7)).toBeLessThan(1)
    }
  })

  it('prints all the words, in order', () => {
    expect(texts(pkg.document)).toEqual([
      '许昌市政务服务和大数据管理局',
      '许数管〔2026〕7号',
      '许昌市政务服务和大数据管理局\n关于责令限期改正电子证照数据问题的通知',
      '许昌市市场监督管理局：',
      ...SAMPLE.paragraphs.map((p) => p.text),
      '附件：1. 电子证照数据问题清单',
      '2. 整改情况报告模板',
      '许昌市政务服务和大数据管理局',
      '二〇二六年十二月三日',
      '（联系人：王某某，电话：0374-1234567）',
      '抄送：许昌市人民政府办公室，许昌市司法局。',
      '许昌市政务服务和大数据管理局办公室\t2026年12月3日印发'
    ])
  })

  it('names the title and the creator in the core properties', () => {
    expect(pkg.core).toContain(
      '<dc:title>许昌市政务服务和大数据管理局关于责令限期改正电子证照数据问题的通知</dc:title>'
    )
    expect(pkg.core).toContain('<dc:creator>许昌市政务服务和大数据管理局</dc:creator>')
  })

  it('writes well-formed XML in every part', () => {
    for (const xml of Object.values(pkg.parts)) wellFormed(xml)
  })
})

describe('writeDocx, other documents', () => {
  it('keeps XML specials and line breaks as text, never markup', async () => {
    const hostile = '<w:p>&amp; "引号" \'单引号\' </w:t><script>x</script> & <'
    const document = OfficialDocument.parse({
      ...SAMPLE,
      title: `关于<b>&"'的\n通知</w:t></w:r>`,
      addressee: `市场监管局<w:br/>&amp;`,
      paragraphs: [{ style: 'body', text: hostile }],
      attachments: ['清单<1>&"2"'],
      note: "（'附注' & <注>）",
      copyTo: ['甲&乙', '<丙>'],
      printedBy: '办公室"&"'
    })
    const pkg = await open(await writeDocx(document))
    for (const xml of Object.values(pkg.parts)) wellFormed(xml)
    expect(texts(pkg.document)).toEqual([
      '许昌市政务服务和大数据管理局',
      '许数管〔2026〕7号',
      `关于<b>&"'的\n通知</w:t></w:r>`,
      `市场监管局<w:br/>&amp;：`,
      hostile,
      '附件：清单<1>&"2"',
      '许昌市政务服务和大数据管理局',
      '二〇二六年十二月三日',
      "（'附注' & <注>）",
      '抄送：甲&乙，<丙>。',
      '办公室"&"\t2026年12月3日印发'
    ])
    expect(pkg.document).not.toContain('<script>')
    expect(pkg.core).toContain('<dc:title>关于&lt;b&gt;&amp;')
  })

  it('drops characters XML cannot hold', async () => {
    const document = OfficialDocument.parse({
      ...SAMPLE,
      paragraphs: [{ style: 'body', text: '控制\u0001字符\u001f与\ufffe孤立\ud800代理' }]
    })
    const pkg = await open(await writeDocx(document))
    wellFormed(pkg.document)
    expect(texts(pkg.document)).toContain('控制字符与孤立代理')
  })

  it('prints a draft without number, attachments, note or 抄送', async () => {
    const draft = OfficialDocument.parse({
      ...SAMPLE,
      documentNumber: null,
      attachments: [],
      note: null,
      copyTo: [],
      paragraphs: [{ style: 'plain', text: '特此通知。' }]
    })
    const pkg = await open(await writeDocx(draft))
    const all = texts(pkg.document)
    expect(all).toEqual([
      '许昌市政务服务和大数据管理局',
      '〔待编号〕',
      '许昌市政务服务和大数据管理局\n关于责令限期改正电子证照数据问题的通知',
      '许昌市市场监督管理局：',
      '特此通知。',
      '许昌市政务服务和大数据管理局',
      '二〇二六年十二月三日',
      '许昌市政务服务和大数据管理局办公室\t2026年12月3日印发'
    ])
    expect(find(pkg.document, '特此通知。').properties).not.toMatch(/<w:ind /)
    // 印发 alone between the two outer rules.
    const p = paragraphs(pkg.document)
    const outer = p
      .slice(-3)
      .filter((x) => x.text === '')
      .map((x) => attributes(x.properties, 'w:bottom')['w:sz'])
    expect(outer).toEqual(['8', '8'])
  })

  it('shrinks a long masthead to one line and takes other fonts', async () => {
    const masthead = '许昌市政务服务和大数据管理局许昌市市场监督管理局许昌市司法局'
    const pkg = await open(
      await writeDocx(OfficialDocument.parse({ ...SAMPLE, masthead }), {
        fonts: { body: 'FangSong', title: 'SimSun' }
      })
    )
    const first = paragraphs(pkg.document)[0]!
    expect(first.text).toBe(masthead)
    const sizePt = number(first.xml, 'w:sz', 'w:val') / 2
    expect((sizePt * [...masthead].length) / PT_PER_MM).toBeLessThanOrEqual(156)
    expect(attributes(first.xml, 'w:rFonts')['w:eastAsia']).toBe('SimSun')
    expect(attributes(find(pkg.document, '许昌市市场监督管理局：').xml, 'w:rFonts')).toMatchObject({
      'w:eastAsia': 'FangSong',
      'w:ascii': 'FangSong'
    })
    expect(attributes(find(pkg.document, '一、存在的问题').xml, 'w:rFonts')['w:eastAsia']).toBe(
      '黑体'
    )
  })
})
