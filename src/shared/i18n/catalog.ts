import type { Locale } from './locale'

/** A tree of vue-i18n messages: keys to sub-trees or message strings (`{name}` interpolates). */
export interface CatalogTree {
  readonly [key: string]: string | CatalogTree
}

/** One capability's words in every language the workbench speaks. */
export type Catalog = Readonly<Record<Locale, CatalogTree>>

/**
 * Several trees as one; a key defined as a message by two trees is a mistake (one of them
 * would silently win), so it throws naming the key.
 */
export function mergeTrees(trees: readonly CatalogTree[], path = ''): CatalogTree {
  const merged: Record<string, string | CatalogTree> = {}
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key]
      const where = path ? `${path}.${key}` : key
      if (existing === undefined) merged[key] = value
      else if (typeof existing === 'string' || typeof value === 'string')
        throw new Error(`i18n key defined twice: ${where}`)
      else merged[key] = mergeTrees([existing, value], where)
    }
  }
  return merged
}

/** The message at a dotted key, or undefined. */
export function lookup(tree: CatalogTree, code: string): string | undefined {
  let node: string | CatalogTree | undefined = tree
  for (const part of code.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** Every dotted key of a tree that holds a message. */
export function keysOf(tree: CatalogTree, path = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const where = path ? `${path}.${key}` : key
    return typeof value === 'string' ? [where] : keysOf(value, where)
  })
}
