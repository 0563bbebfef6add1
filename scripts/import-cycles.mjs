/**
 * The import-cycle check of `npm run lint`, over .ts, .mts and .vue alike (dpdm cannot read
 * .vue files, so a cycle through a component went unseen). Each file is parsed with the
 * TypeScript compiler (a .vue file's <script> blocks); type-only imports are left out, as the
 * compiled code does not load them. Prints each cycle and exits 1 when there is one.
 *
 *   node scripts/import-cycles.mjs [folder ...]   (default: src test bench)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'

const aliases = [
  ['@renderer/', 'src/renderer/src/'],
  ['@shared/', 'src/shared/']
]
const candidates = ['', '.ts', '.mts', '.vue', '/index.ts']
const sourceFile = /\.(ts|mts|vue)$/

/** The script of a module: a .vue file's <script> blocks, any other file whole. */
function scriptOf(path, text) {
  if (!path.endsWith('.vue')) return text
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

function isTypeOnlyImport(node) {
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

/** The specifiers a module loads when it runs: static, re-exported, dynamic, worker URLs. */
export function runtimeSpecifiers(path, text) {
  const source = ts.createSourceFile(path, scriptOf(path, text), ts.ScriptTarget.Latest, true)
  const found = []
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && !isTypeOnlyImport(node)) {
      found.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text)
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.[0] &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      node.arguments[1]?.getText(source) === 'import.meta.url'
    ) {
      found.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The module a specifier loads from `path`, among `known` paths; undefined for packages. */
function resolveIn(known, path, specifier) {
  let base
  for (const [alias, target] of aliases)
    if (specifier.startsWith(alias)) base = target + specifier.slice(alias.length)
  if (base === undefined) {
    if (!specifier.startsWith('.')) return undefined
    base = posix.join(posix.dirname(path), specifier)
  }
  return candidates.map((ending) => base + ending).find((candidate) => known.has(candidate))
}

/**
 * Every import cycle among `modules` (repository path → source text), each as the modules it
 * joins: the strongly connected components of the import graph (and modules importing themselves).
 */
export function findCycles(modules) {
  const edges = new Map()
  for (const [path, text] of modules) {
    const targets = runtimeSpecifiers(path, text)
      .map((specifier) => resolveIn(modules, path, specifier))
      .filter((target) => target !== undefined)
    edges.set(path, [...new Set(targets)])
  }
  // Tarjan's algorithm, iterative so that deep import chains cannot overflow the stack.
  const index = new Map()
  const low = new Map()
  const onStack = new Set()
  const stack = []
  const cycles = []
  let next = 0
  for (const root of edges.keys()) {
    if (index.has(root)) continue
    const work = [[root, 0]]
    index.set(root, next)
    low.set(root, next++)
    stack.push(root)
    onStack.add(root)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      const [node, position] = frame
      const targets = edges.get(node)
      if (position < targets.length) {
        frame[1]++
        const target = targets[position]
        if (!index.has(target)) {
          index.set(target, next)
          low.set(target, next++)
          stack.push(target)
          onStack.add(target)
          work.push([target, 0])
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node), index.get(target)))
        }
        continue
      }
      work.pop()
      if (work.length > 0) {
        const parent = work[work.length - 1][0]
        low.set(parent, Math.min(low.get(parent), low.get(node)))
      }
      if (low.get(node) !== index.get(node)) continue
      const component = []
      let member
      do {
        member = stack.pop()
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      const selfImport = edges.get(node).includes(node)
      if (component.length > 1 || selfImport) cycles.push(component.reverse())
    }
  }
  return cycles
}

function sourceFiles(root, dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory())
      return entry.name.startsWith('.') || entry.name === 'node_modules'
        ? []
        : sourceFiles(root, path)
    return sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

function main() {
  const root = process.cwd()
  const folders = process.argv.slice(2)
  const files = (folders.length > 0 ? folders : ['src', 'test', 'bench']).flatMap((dir) =>
    sourceFiles(root, relative(root, resolve(root, dir)).split(sep).join('/'))
  )
  const modules = new Map(files.map((path) => [path, readFileSync(join(root, path), 'utf8')]))
  const cycles = findCycles(modules)
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`)
  console.log(`${modules.size} modules, ${cycles.length} import cycles`)
  process.exitCode = cycles.length > 0 ? 1 : 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
