import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The look lives in the plugin's stylesheets, written with Payload's theme variables so that the light
 * and the dark theme both work: no component paints a colour of its own.
 */
const root = path.resolve(import.meta.dirname, '..')

const components = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name)
    if (name === 'dist' || name === 'node_modules') return []
    if (statSync(file).isDirectory()) return components(file)
    return name.endsWith('.tsx') ? [file] : []
  })

const HEX = /#[0-9a-f]{3,8}\b/gi
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i
const COLOUR_KEY =
  /\b(?:color|background\w*|border\w*Color|borderColor|outline\w*|fill|stroke|boxShadow|textShadow|accentColor|caretColor|textDecorationColor)\s*:/
/** CSS named colours a hand might type (the common ones, and CSS's keywords for the system palette). */
const NAMED =
  /\b(?:black|white|red|green|blue|yellow|orange|purple|pink|gray|grey|silver|navy|teal|maroon|olive|lime|aqua|fuchsia|brown|gold|crimson|darkred|darkgreen|darkblue|lightgray|lightgrey|whitesmoke|transparent|currentcolor)\b/i
/** The string literals of a piece of code, where a named colour would be written. */
const literals = (code: string) => [...code.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((match) => match[2])

/** The text of every `style={…}` prop: from `style={` to its matching brace. */
const styleProps = (source: string) => {
  const props: string[] = []
  for (const match of source.matchAll(/\bstyle=\{/g)) {
    let depth = 1
    let index = match.index + match[0].length
    while (depth > 0 && index < source.length) {
      if (source[index] === '{') depth += 1
      if (source[index] === '}') depth -= 1
      index += 1
    }
    props.push(source.slice(match.index, index))
  }
  return props
}

/** What a file paints by hand: hex colours anywhere, colours and colour keys in its style props. */
export const inlineColours = (source: string) => [
  ...[...source.matchAll(HEX)].map((match) => match[0]),
  ...styleProps(source).filter(
    (prop) =>
      COLOUR_FUNCTION.test(prop) || COLOUR_KEY.test(prop) || literals(prop).some((text) => NAMED.test(text)),
  ),
]

describe('no inline colour in the plugin’s components', () => {
  const files = components(root)

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(20)
    expect(files).toContain(path.join(root, 'admin', 'AdminPage.tsx'))
  })

  it('tells a painted style from a data-carrying one', () => {
    expect(inlineColours(`<a style={{ color: 'var(--theme-text)' }} />`)).toHaveLength(1)
    expect(inlineColours(`<a style={{ borderLeftColor: colour }} />`)).toHaveLength(1)
    expect(inlineColours(`<a style={{ background: colour, width: '4%' }} />`)).toHaveLength(1)
    expect(inlineColours(`<a style={{ outline: '1px solid rgb(0, 0, 0)' }} />`)).toHaveLength(1)
    expect(inlineColours(`<a style={{ border: '1px solid red' }} />`)).toHaveLength(1)
    expect(inlineColours(`const PALETTE = ['#1565c0']`)).toEqual(['#1565c0'])
    expect(inlineColours(`<a style={{ '--el-share': \`\${share}%\` } as React.CSSProperties} />`)).toEqual([])
  })

  it.each(files.map((file) => [path.relative(root, file), file]))('%s paints no colour', (_, file) => {
    expect(inlineColours(readFileSync(file, 'utf8'))).toEqual([])
  })
})
