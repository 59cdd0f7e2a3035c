import type { CopyRuleSeed } from '../../seed/editorialLineData.js'

/**
 * QALIA's copy rules, read from `customer-journeys-qalia.md` (see `shared/docs/editorial-rules.md`,
 * "Copy rules"): the one place the seed (`qaliaEditorialLine`) and the document importer
 * (`documentReadings`) take them from.
 */

/** "NE PAS : Vendre, pitcher, commercialiser"; Decision: "Partenariat, pas vente". */
const auditeursNoSales: CopyRuleSeed = {
  kind: 'forbid',
  terms: [
    'prix',
    'tarif',
    '€',
    'abonnement',
    'abonn*',
    'offre',
    'promo*',
    'remise',
    'essai gratuit',
    'acheter',
    'devis',
    '297',
  ],
  level: 'block',
  reason: 'Auditeurs : ne pas vendre (partenariat, pas vente)',
}

/** Tones "Institutionnel", "Formel, chiffres, études", "Collaboratif": the reader is "vous". */
const formal = (target: string): CopyRuleSeed => ({
  kind: 'formal',
  terms: [],
  level: 'block',
  reason: `${target} : vouvoyer (ton institutionnel)`,
})

export const qaliaCopyRules = {
  auditeurs: [auditeursNoSales, formal('Auditeurs')],
  certificateurs: [formal('Certificateurs')],
  ministeres: [formal('Ministères')],
  /** The brand and the certification as the document writes them, in every post. */
  plan: [
    {
      kind: 'spelling',
      terms: ['QALIA', 'Qualiopi'],
      level: 'warn',
      reason: 'Les noms s’écrivent comme le document les écrit',
    },
  ] satisfies CopyRuleSeed[],
}
