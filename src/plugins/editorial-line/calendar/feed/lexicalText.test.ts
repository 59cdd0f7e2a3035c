import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { lexicalText } from './lexicalText.js'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  ...extra,
})
const paragraph = (...children: unknown[]) => element('paragraph', children)
const document = (...children: unknown[]) => ({ root: element('root', children) })

describe('lexicalText', () => {
  it('separates paragraphs by a blank line and keeps inline formatting as plain text', () => {
    expect(
      lexicalText({
        value: document(
          paragraph(text('« 40h/mois de paperasse Qualiopi. '), text('Ça vous parle ?', 1)),
          paragraph(text('Deuxième paragraphe.')),
        ),
      }),
    ).toBe('« 40h/mois de paperasse Qualiopi. Ça vous parle ?\n\nDeuxième paragraphe.')
  })

  it('keeps line breaks and tabs, reads links and headings, leaves empty paragraphs out', () => {
    expect(
      lexicalText({
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
      lexicalText({
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

  it('skips nodes without text (uploads, rules, blocks)', () => {
    expect(
      lexicalText({
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
      expect(lexicalText({ value })).toBe('')
    }
    expect(lexicalText({ value: '  Déjà du texte.  ' })).toBe('Déjà du texte.')
  })

  it('survives a cycle or absurd nesting', () => {
    const loop: { type: string; children: unknown[] } = { type: 'paragraph', children: [text('boucle')] }
    loop.children.push(loop)
    expect(lexicalText({ value: document(loop) })).toContain('boucle')
    const list: { type: string; children: unknown[] } = { type: 'list', children: [] }
    list.children.push(element('listitem', [text('point'), list]))
    expect(lexicalText({ value: document(list) })).toMatch(/^- point\n {2}- point/)

    let deep: unknown = text('fond')
    for (let level = 0; level < 10_000; level++) deep = paragraph(deep)
    expect(lexicalText({ value: document(deep) })).toBe('')
  })

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof lexicalText({ value: { root: value } })).toBe('string')
        expect(typeof lexicalText({ value })).toBe('string')
      }),
    )
  })
})
