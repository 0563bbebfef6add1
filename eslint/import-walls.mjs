import { isAbsolute, posix, relative, sep } from 'node:path'

/**
 * walls/imports: which part of the repository may import which, in the style of vscode's
 * layer rules and eslint-plugin-import's no-restricted-paths. Every module specifier is
 * resolved to a repository path (relative paths and the @renderer/@shared aliases; packages
 * are left alone) and checked against each wall:
 *
 *   { name, importer: RegExp, target: RegExp, except?: RegExp, message }
 *
 * A wall applies when the importing file's path matches `importer` and the imported path
 * matches `target` but not `except`. `{1}` in `target` or `except` stands for the importer's
 * first capture group, so "a feature imports no other feature" is one wall.
 */

const aliases = [
  ['@renderer/', 'src/renderer/src/'],
  ['@shared/', 'src/shared/']
]

/** The repository path a specifier names from `file` (repository-relative), or null for a package. */
export function resolveSpecifier(file, specifier) {
  for (const [alias, target] of aliases)
    if (specifier.startsWith(alias)) return target + specifier.slice(alias.length)
  if (!specifier.startsWith('.')) return null
  return posix.join(posix.dirname(file), specifier)
}

function toPosix(path) {
  return path.split(sep).join('/')
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function instantiate(pattern, match) {
  if (!pattern) return undefined
  const source = pattern.source.replaceAll('{1}', escapeRegExp(match[1] ?? ''))
  return new RegExp(source, pattern.flags)
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each layer and capability to the imports its walls allow.' },
    schema: [{ type: 'array' }],
    messages: { wall: '{{name}}: {{message}} (imports {{target}})' }
  },
  create(context) {
    const walls = context.options[0] ?? []
    const absolute = context.physicalFilename ?? context.filename
    const file = toPosix(isAbsolute(absolute) ? relative(context.cwd, absolute) : absolute)
    const active = walls.flatMap((wall) => {
      const match = wall.importer.exec(file)
      return match
        ? [
            {
              ...wall,
              target: instantiate(wall.target, match),
              except: instantiate(wall.except, match)
            }
          ]
        : []
    })
    if (active.length === 0) return {}

    function check(node, specifier) {
      if (typeof specifier !== 'string') return
      const target = resolveSpecifier(file, specifier)
      if (target === null) return
      for (const wall of active) {
        if (!wall.target.test(target) || wall.except?.test(target)) continue
        context.report({
          node,
          messageId: 'wall',
          data: { name: wall.name, message: wall.message, target }
        })
      }
    }
    const fromSource = (node) => check(node.source, node.source?.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: (node) => node.source && fromSource(node),
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => check(node.source, node.source.value),
      // new Worker(new URL('./x.worker.ts', import.meta.url)): a worker is an import too.
      'NewExpression[callee.name="URL"]'(node) {
        const [url, base] = node.arguments
        const isImportMeta =
          base?.type === 'MemberExpression' &&
          base.object.type === 'MetaProperty' &&
          base.property.name === 'url'
        if (isImportMeta && url?.type === 'Literal') check(url, url.value)
      }
    }
  }
}

export default { rules: { imports: importsRule } }
