// tsc compiles the components but leaves their stylesheets behind: copy every `.css` into `dist/`
// beside the compiled component that imports it (as Payload's own plugins ship theirs).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Not import.meta.dirname: the package supports Node 20.9, which does not have it (20.11 does).
const root = path.dirname(fileURLToPath(import.meta.url))

const copy = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const source = path.join(folder, entry.name)
    if (entry.isDirectory() && entry.name !== 'dist' && entry.name !== 'node_modules') copy(source)
    else if (entry.isFile() && entry.name.endsWith('.css')) {
      const target = path.join(root, 'dist', path.relative(root, source))
      mkdirSync(path.dirname(target), { recursive: true })
      copyFileSync(source, target)
    }
  }
}
copy(root)
