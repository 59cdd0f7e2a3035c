import type { Root, SentenceContent, Word } from 'nlcst'

import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { normalize } from 'nlcst-normalize'

/** One word of a text as the copy rules read it: where it is, and folded. */
export type CopyWord = {
  start: number
  end: number
  /** Lowercase, without accents, apostrophes or dashes (as `nlcst-search` compares words). */
  folded: string
  /** Written before an apostrophe: the elided "l" of "l'offre", the "t" of "t'abonnes". */
  elided: boolean
}

/** A text parsed for the copy rules: its sentence tree (for `nlcst-search`) and its words in order. */
export type ParsedCopy = { text: string; tree: Root; words: CopyWord[] }

const APOSTROPHES = new Set(["'", '’'])
const parser = unified().use(retextLatin)

/**
 * Each character without its accents where that keeps it one UTF-16 unit ("É" → "E"; "œ" stays): the
 * folded text keeps every offset of the original, so findings point into what the writer typed.
 */
export const foldAccents = (text: string): string =>
  text.replace(/[^\u0000-\u007f]/g, (char) => {
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '')
    return bare.length === char.length ? bare : char
  })

/**
 * Parses a text with the unified / retext family's Latin-script parser (`retext-latin`), accents
 * folded, then reshapes its sentences so that words match as the copy rules mean them:
 * - a word is split at its apostrophes ("l'offre" → "l", "offre"), the apostrophe read as a space, so
 *   a term finds the word behind an elision, and "l'offre" written as a term finds it too;
 * - a symbol ("€") is a word of its own: a sales vocabulary names prices.
 */
export const parseCopy = ({ text }: { text: string }): ParsedCopy => {
  const tree = parser.parse(foldAccents(text)) as Root
  const words: CopyWord[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const children: SentenceContent[] = []
      const push = (node: Word, elided: boolean) => {
        children.push(node)
        words.push({
          start: node.position!.start.offset!,
          end: node.position!.end.offset!,
          folded: normalize(node),
          elided,
        })
      }
      for (const node of sentence.children) {
        if (node.type === 'SymbolNode') {
          push(
            { type: 'WordNode', position: node.position, children: [{ ...node, type: 'TextNode' }] },
            false,
          )
        } else if (node.type !== 'WordNode') {
          children.push(node)
        } else {
          let part: Word['children'] = []
          const flush = (elided: boolean) => {
            if (part.length === 0) return
            const position = { start: part[0]!.position!.start, end: part.at(-1)!.position!.end }
            push({ type: 'WordNode', position, children: part }, elided)
            part = []
          }
          for (const child of node.children) {
            if (child.type === 'PunctuationNode' && APOSTROPHES.has(child.value)) {
              flush(true)
              children.push({ type: 'WhiteSpaceNode', value: ' ', position: child.position })
            } else part.push(child)
          }
          flush(false)
        }
      }
      sentence.children = children
    }
  }
  return { text, tree, words }
}

/**
 * True when only white space (or an apostrophe) stands between two words of the text: they read as one
 * phrase ("essai  gratuit", "l'offre"), unlike words across punctuation ("essai, gratuit").
 */
export const adjacentWords = ({ text, before, after }: { text: string; before: CopyWord; after: CopyWord }) =>
  /^[\s'’]*$/.test(text.slice(before.end, after.start))
