import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { POST_STATUSES } from '../constants.js'
import { contrastRatio } from './contrastRatio.js'

/** Payload's palette and its two themes, as the admin loads them. */
const payloadColours = () => {
  let folder = import.meta.dirname
  while (!existsSync(path.join(folder, 'node_modules/@payloadcms/ui/dist/scss/colors.scss')))
    folder = path.dirname(folder)
  return readFileSync(path.join(folder, 'node_modules/@payloadcms/ui/dist/scss/colors.scss'), 'utf8')
}

/** `--name: value;` declarations of a block of CSS. */
const declarations = (css: string) =>
  Object.fromEntries([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((match) => [match[1], match[2].trim()]))

/** The theme's value of a `var(--theme-…)`: the dark theme overrides the light one's variables. */
const resolver = (theme: 'dark' | 'light') => {
  const scss = payloadColours()
  const darkStart = scss.indexOf("html[data-theme='dark']")
  const light = declarations(scss.slice(0, darkStart))
  const variables = theme === 'light' ? light : { ...light, ...declarations(scss.slice(darkStart)) }
  const resolve = (value: string): string => {
    const reference = value.match(/^var\((--[\w-]+)\)$/)
    return reference ? resolve(variables[reference[1]]) : value
  }
  return resolve
}

const stylesheet = readFileSync(path.join(import.meta.dirname, '../admin/editorialLine.css'), 'utf8')

describe('contrastRatio', () => {
  it('measures black on white at 21 and a colour on itself at 1', () => {
    expect(contrastRatio({ foreground: '#000000', background: '#ffffff' })).toBeCloseTo(21)
    expect(contrastRatio({ foreground: 'rgb(255, 255, 255)', background: '#000000' })).toBeCloseTo(21)
    expect(contrastRatio({ foreground: '#1565c0', background: 'rgb(21, 101, 192)' })).toBe(1)
  })

  it.each(['light', 'dark'] as const)(
    'keeps every status badge of the stylesheet readable in the %s theme (at least 4.5)',
    (theme) => {
      const resolve = resolver(theme)
      for (const status of POST_STATUSES) {
        const rule = stylesheet.match(new RegExp(`\\.el-status--${status}\\s*\\{([^}]*)\\}`))
        expect(rule, status).not.toBeNull()
        const colour = rule![1].match(/(?:^|;)\s*color:\s*([^;]+);/)![1]
        const background = rule![1].match(/background:\s*([^;]+);/)![1]
        expect(
          contrastRatio({ foreground: resolve(colour), background: resolve(background) }),
          `${status}: ${colour} on ${background}`,
        ).toBeGreaterThanOrEqual(4.5)
      }
    },
  )
})
