type LexicalNode = {
  type?: unknown
  text?: unknown
  children?: unknown
  listType?: unknown
  start?: unknown
}

/** Deeper than any real document: what lies below is garbage (or a cycle) and is left out. */
const MAX_DEPTH = 64

const isNode = (value: unknown): value is LexicalNode => typeof value === 'object' && value !== null

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.filter(isNode) : []

const inlineText = ({ node, depth }: { node: LexicalNode; depth: number }): string => {
  if (depth > MAX_DEPTH) return ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (typeof node.text === 'string') return node.text
  if (node.type === 'list') return listText({ node, depth })
  if (node.type === 'table' || node.type === 'tablerow') {
    const separator = node.type === 'table' ? '\n' : '\t'
    return childrenOf(node)
      .map((child) => inlineText({ node: child, depth: depth + 1 }).trim())
      .join(separator)
  }
  const parts = childrenOf(node).map((child) => ({
    block: child.type === 'paragraph' || child.type === 'heading' || child.type === 'quote',
    text: inlineText({ node: child, depth: depth + 1 }),
  }))
  // Blocks nested in a container (a table cell, a collapsible) sit on lines of their own.
  return parts.map(({ block, text }, index) => (block && index > 0 ? `\n${text}` : text)).join('')
}

const listText = ({ node, depth }: { node: LexicalNode; depth: number }): string => {
  if (depth > MAX_DEPTH) return ''
  const numbered = node.listType === 'number'
  let number = typeof node.start === 'number' && Number.isInteger(node.start) ? node.start : 1
  const indent = '  '.repeat(depth)
  return childrenOf(node)
    .map((item) => {
      const nested = childrenOf(item).filter((child) => child.type === 'list')
      const own = childrenOf(item)
        .filter((child) => child.type !== 'list')
        .map((child) => inlineText({ node: child, depth: depth + 1 }))
        .join('')
        .trim()
      const lines = nested.map((list) => listText({ node: list, depth: depth + 1 }))
      // An item holding only a nested list carries no bullet of its own.
      if (own === '') return lines.join('\n')
      const bullet = numbered ? `${number++}.` : '-'
      return [`${indent}${bullet} ${own}`, ...lines].join('\n')
    })
    .filter((line) => line !== '')
    .join('\n')
}

/**
 * The plain text of a lexical rich text value: blocks (paragraphs, headings, quotes, lists,
 * code…) separated by a blank line, line breaks kept, empty blocks left out. Anything that is not
 * a lexical document gives an empty string; a plain string is returned as it is.
 */
export const lexicalText = ({ value }: { value: unknown }): string => {
  if (typeof value === 'string') return value.trim()
  if (!isNode(value)) return ''
  const root = (value as { root?: unknown }).root
  if (!isNode(root)) return ''
  return childrenOf(root)
    .map((block) => {
      const text = (
        block.type === 'list' ? listText({ node: block, depth: 0 }) : inlineText({ node: block, depth: 1 })
      ).replace(/[ \t]+$/gm, '')
      // Code keeps the indentation of its first line.
      return block.type === 'code' ? text.replace(/^\n+/, '').trimEnd() : text.trim()
    })
    .filter((text) => text !== '')
    .join('\n\n')
}
