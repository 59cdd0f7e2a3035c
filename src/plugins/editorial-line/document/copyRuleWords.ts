import type { CopyRuleSeed } from '../seed/editorialLineData.js'

import { foldWords } from '../seed/documentReadings.js'

/** A copy rule's kind and level as the document writes them (French, as the customer's document). */
const KIND_WORDS: Record<CopyRuleSeed['kind'], string> = {
  forbid: 'Interdire',
  require: 'Exiger',
  formal: 'Vouvoyer',
  spelling: 'Orthographe',
}
const LEVEL_WORDS: Record<CopyRuleSeed['level'], string> = { block: 'bloque', warn: 'avertit' }

const LINE =
  /^(?<kind>[^,:«»—]+),\s*(?<level>[^:«»—]+?)\s*(?::\s*(?<terms>(?:«[^«»]*»\s*)+))?(?:—\s*(?<reason>.*))?$/u

/**
 * One copy rule as one line of a document's cell: `Interdire, bloque : «prix» «essai gratuit» — raison`.
 * Each term in guillemets (a term may hold spaces and commas); no terms for `formal`; the reason last.
 */
export const copyRuleLine = (rule: CopyRuleSeed): string =>
  `${KIND_WORDS[rule.kind]}, ${LEVEL_WORDS[rule.level]}${
    rule.terms.length > 0 ? ` : ${rule.terms.map((term) => `«${term}»`).join(' ')}` : ''
  }${rule.reason ? ` — ${rule.reason}` : ''}`

/** A line written by `copyRuleLine` read back; null when it is not one. */
export const readCopyRuleLine = (line: string): CopyRuleSeed | null => {
  const groups = LINE.exec(line.trim())?.groups
  if (!groups) return null
  const byWord = <T extends string>(words: Record<T, string>, value: string) =>
    (Object.keys(words) as T[]).find((key) => foldWords(words[key]) === foldWords(value))
  const kind = byWord(KIND_WORDS, groups.kind!)
  const level = byWord(LEVEL_WORDS, groups.level!)
  if (!kind || !level) return null
  const terms = [...(groups.terms ?? '').matchAll(/«([^«»]*)»/g)].map((match) => match[1]!.trim())
  const reason = groups.reason?.trim()
  return { kind, terms, level, ...(reason ? { reason } : {}) }
}
