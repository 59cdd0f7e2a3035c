import type { EditorialLineData } from '../../seed/editorialLineData.js'
import type { StoredLine } from '../documentLine.js'

/** A line of the seed's shape as the database would hold it once seeded (what `loadEditorialLine` reads). */
export const storedLine = (line: EditorialLineData): StoredLine => ({
  targets: line.targets.map((target) => ({
    ...target,
    timing: { days: [], ...target.timing },
    gate: { prerequisiteMet: false, ...target.gate },
    approach: target.approach ?? { dos: [], donts: [] },
    phases: target.phases.map((phase) => ({
      ...phase,
      messages: phase.messages.map((message) => ({ ...message, status: message.status ?? 'active' })),
    })),
  })),
  mix: line.mix,
  plan: line.plan,
})

export const QALIA_GROUPS = [
  { value: 'of', label: 'OF' },
  { value: 'coachs', label: 'Coachs' },
  { value: 'auditeurs', label: 'Auditeurs' },
  { value: 'autres', label: { fr: 'Autres', en: 'Others' } },
]
