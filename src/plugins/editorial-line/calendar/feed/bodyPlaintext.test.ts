import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { bodyPlaintext } from './bodyPlaintext.js'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  ...extra,
})
const paragraph = (...children: unknown[]) => element('paragraph', children)
const document = (...children: unknown[]) => ({ root: element('root', children) })

describe('bodyPlaintext', () => {
  it('separates paragraphs by a blank line and keeps inline formatting as plain text', () => {
    expect(
      bodyPlaintext({
        value: document(
          paragraph(text('« 40h/mois de paperasse Qualiopi. '), text('Ça vous parle ?', 1)),
          paragraph(text('Deuxième paragraphe.')),
        ),
      }),
    ).toBe('« 40h/mois de paperasse Qualiopi. Ça vous parle ?\n\nDeuxième paragraphe.')
  })

  it('keeps line breaks and tabs, reads links and headings, leaves empty paragraphs out', () => {
    expect(
      bodyPlaintext({
        value: document(
          element('heading', [text('Titre')], { tag: 'h2' }),
          paragraph(),
          paragraph(text('  ')),
          paragraph(
            text('Ligne un'),
            { type: 'linebreak', version: 1 },
            { type: 'tab', version: 1 },
            text('ligne deux, '),
            element('link', [text('le lien')], { fields: { url: 'https://qalia.fr' } }),
          ),
          element('quote', [text('Une citation')]),
        ),
      }),
    ).toBe('Titre\n\nLigne un\n\tligne deux, le lien\n\nUne citation')
  })

  it('writes lists one item a line, numbered or not, nested ones indented', () => {
    expect(
      bodyPlaintext({
        value: document(
          element('list', [
            element('listitem', [text('Premier')]),
            element('listitem', [element('list', [element('listitem', [text('Sous-point')])])]),
            element('listitem', [text('Second')]),
          ]),
          element('list', [element('listitem', [text('Trois')]), element('listitem', [text('Quatre')])], {
            listType: 'number',
            start: 3,
          }),
        ),
      }),
    ).toBe('- Premier\n  - Sous-point\n- Second\n\n3. Trois\n4. Quatre')
  })

  it("writes tables one row a line, cells separated, a cell's paragraphs on its line", () => {
    const cell = (...children: unknown[]) => element('tablecell', children, { headerState: 0 })
    expect(
      bodyPlaintext({
        value: document(
          paragraph(text('Avant')),
          element('table', [
            element('tablerow', [cell(paragraph(text('Format'))), cell(paragraph(text('Part')))]),
            element('tablerow', [
              cell(paragraph(text('Carrousel')), paragraph(text('(PDF)'))),
              cell(paragraph(text('40 %'))),
            ]),
            element('tablerow', [cell(paragraph()), cell(paragraph(text('60 %')))]),
          ]),
          paragraph(text('Après')),
        ),
      }),
    ).toBe('Avant\n\nFormat | Part\nCarrousel (PDF) | 40 %\n | 60 %\n\nAprès')
  })

  it('reads a list between paragraphs as its own block, numbered items counted on', () => {
    expect(
      bodyPlaintext({
        value: document(
          paragraph(text('Trois raisons :')),
          element('list', [element('listitem', [text('Une')]), element('listitem', [text('Deux')])], {
            listType: 'number',
          }),
          paragraph(text('Fin.')),
        ),
      }),
    ).toBe('Trois raisons :\n\n1. Une\n2. Deux\n\nFin.')
  })

  it('skips nodes without text (uploads, rules, blocks)', () => {
    expect(
      bodyPlaintext({
        value: document(
          paragraph(text('Avant')),
          { type: 'upload', version: 1, value: 3, relationTo: 'media' },
          { type: 'horizontalrule', version: 1 },
          { type: 'block', version: 1, fields: { blockType: 'cta' } },
          paragraph(text('Après')),
        ),
      }),
    ).toBe('Avant\n\nAprès')
  })

  it('gives an empty string for nothing or garbage, and a plain string as it is', () => {
    for (const value of [
      null,
      undefined,
      42,
      true,
      [],
      {},
      { root: null },
      { root: 'x' },
      { root: { children: 'x' } },
      { root: { children: [null, 3, 'x', { children: [{ text: 5 }] }] } },
    ]) {
      expect(bodyPlaintext({ value })).toBe('')
    }
    expect(bodyPlaintext({ value: '  Déjà du texte.  ' })).toBe('Déjà du texte.')
  })

  it('survives a cycle or absurd nesting', () => {
    const loop: { type: string; children: unknown[] } = { type: 'paragraph', children: [text('boucle')] }
    loop.children.push(loop)
    expect(bodyPlaintext({ value: document(loop) })).toContain('boucle')
    const list: { type: string; children: unknown[] } = { type: 'list', children: [] }
    list.children.push(element('listitem', [text('point'), list]))
    expect(bodyPlaintext({ value: document(list) })).toMatch(/^- point\n {2}- point/)

    let deep: unknown = text('fond')
    for (let level = 0; level < 10_000; level++) deep = paragraph(deep)
    expect(bodyPlaintext({ value: document(deep) })).toBe('')
  })

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof bodyPlaintext({ value: { root: value } })).toBe('string')
        expect(typeof bodyPlaintext({ value })).toBe('string')
      }),
    )
  })
})
