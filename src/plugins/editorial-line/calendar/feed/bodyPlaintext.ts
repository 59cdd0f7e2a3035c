import { convertLexicalToPlaintext, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

/** Deeper than any real document: what lies below is garbage (or a cycle) and is left out. */
const MAX_DEPTH = 64

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; [key: string]: unknown }

const isNode = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A copy of a stored value that Payload's converter can walk: objects only, `text` only when it is a
 * string, `children` only when an array, nothing below `MAX_DEPTH`. The converter trusts its input
 * (a `null` child or a string `children` would throw, a cycle or a 10,000-level nesting would overflow
 * the stack); a post's body is stored JSON that an API client may have written.
 */
const prune = (value: unknown, depth: number): LexicalNode | null => {
  if (!isNode(value) || depth > MAX_DEPTH) return null
  const { children, text, ...rest } = value
  const node: LexicalNode = { ...rest, type: typeof rest.type === 'string' ? rest.type : undefined }
  if (typeof text === 'string') node.text = text
  if (Array.isArray(children))
    node.children = children.flatMap((child): LexicalNode[] => {
      const pruned = prune(child, depth + 1)
      return pruned ? [pruned] : []
    })
  return node
}

/** Blocks of their own (beside Payload's paragraphs, headings, lists and tables): a blank line before. */
const block: PlaintextConverters[string] = ({ childIndex, node, nodesToPlaintext }) =>
  `${childIndex > 0 ? '\n\n' : ''}${nodesToPlaintext({ nodes: ((node as LexicalNode).children ?? []) as never[] }).join('')}`

/** A list, one item a line with its bullet (`-`, or its number), a nested list indented below its item. */
const list = ({
  node,
  nodesToPlaintext,
}: {
  node: LexicalNode
  nodesToPlaintext: (args: { nodes: never[] }) => string[]
}): string => {
  const numbered = node.listType === 'number'
  let number = typeof node.start === 'number' && Number.isInteger(node.start) ? node.start : 1
  return (node.children ?? [])
    .map((item) => {
      const children = item.children ?? []
      const own = nodesToPlaintext({ nodes: children.filter((child) => child.type !== 'list') as never[] })
        .join('')
        .replace(/\s*\n\s*/g, ' ')
        .trim()
      const nested = children
        .filter((child) => child.type === 'list')
        .map((child) => list({ node: child, nodesToPlaintext }).replace(/^/gm, '  '))
      // An item holding only a nested list carries no bullet of its own.
      if (own === '') return nested.join('\n')
      return [`${numbered ? `${number++}.` : '-'} ${own}`, ...nested].join('\n')
    })
    .filter((line) => line !== '')
    .join('\n')
}

/** One line of text for a table cell: its paragraphs joined by a space. */
const cellText = ({
  node,
  nodesToPlaintext,
}: {
  node: LexicalNode
  nodesToPlaintext: (args: { nodes: never[] }) => string[]
}) =>
  nodesToPlaintext({ nodes: (node.children ?? []) as never[] })
    .join('')
    .replace(/\s+/g, ' ')
    .trim()

const converters: PlaintextConverters = {
  quote: block,
  code: block,
  list: ({ childIndex, node, nodesToPlaintext, parent }) =>
    `${childIndex > 0 && parent.type !== 'listitem' ? '\n\n' : ''}${list({ node: node as LexicalNode, nodesToPlaintext })}`,
  // A table: one row a line, its cells separated by ` | `.
  table: ({ childIndex, node, nodesToPlaintext }) =>
    `${childIndex > 0 ? '\n\n' : ''}${((node as LexicalNode).children ?? [])
      .map((row) =>
        (row.children ?? []).map((cell) => cellText({ node: cell, nodesToPlaintext })).join(' | '),
      )
      .join('\n')}`,
}

/**
 * The plain text of a post's body (a lexical rich text value) for the iCalendar feed, by Payload's
 * `convertLexicalToPlaintext`: blocks (paragraphs, headings, quotes, lists, tables, code) separated by a
 * blank line, line breaks kept, empty blocks left out; lists one item a line with its bullet or number,
 * tables one row a line. Anything that is not a lexical document gives an empty string; a plain string
 * is returned as it is.
 */
export const bodyPlaintext = ({ value }: { value: unknown }): string => {
  if (typeof value === 'string') return value.trim()
  if (!isNode(value)) return ''
  const root = prune(value.root, 0)
  if (!root) return ''
  return convertLexicalToPlaintext({ converters, data: { root } as never })
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .trimEnd()
}
