import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/**
 * The seal verification worker run from its TypeScript source through tsx: browser mode runs
 * main from source, while the app runs the chunk electron-vite builds from the same file.
 */
export function createSourceVerifyWorker(): Worker {
  const tsxRoot = dirname(createRequire(__filename).resolve('tsx/package.json'))
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href
  const source = pathToFileURL(join(__dirname, '../main/services/seals/verify-worker.ts')).href
  const parent = pathToFileURL(__filename).href
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(parent)}))`,
    { eval: true }
  )
}
