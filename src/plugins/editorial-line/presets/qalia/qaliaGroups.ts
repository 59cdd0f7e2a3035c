import type { MixGroupOption } from '../../mix/groups.js'

/** QALIA's four target groups (Autres = Certificateurs + Ministères). */
export const qaliaGroups: MixGroupOption[] = [
  { value: 'of', label: { fr: 'Organismes de formation (OF)', en: 'Training organisations (OF)' } },
  { value: 'coachs', label: { fr: 'Coachs', en: 'Coaches' } },
  { value: 'auditeurs', label: { fr: 'Auditeurs', en: 'Auditors' } },
  { value: 'autres', label: { fr: 'Autres', en: 'Others' } },
]
