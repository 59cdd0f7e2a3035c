import type { PhaseKey } from '../../constants.js'
import type { ChannelSeed } from '../../seed/editorialLineData.js'

/**
 * QALIA's channels *(reading)*. The customer's document states the principle "sur le bon canal" but
 * names no channel list; this is the reading the seed and the document importer share
 * (`shared/docs/editorial-rules.md`, "Channels"): LinkedIn for every phase (every format, 3,000
 * characters, LinkedIn's documented limit), and a monthly newsletter for the phases where the
 * document speaks to existing clients ("tips avancés, mises à jour, communauté"): retention and
 * advocacy of OF and Coachs.
 */
export const qaliaChannels: ChannelSeed[] = [
  { slug: 'linkedin', name: 'LinkedIn — page QALIA', maxLength: 3000 },
  {
    slug: 'newsletter',
    name: 'Newsletter QALIA',
    formats: ['text', 'case-study', 'product-news', 'behind-the-scenes'],
    timing: { days: ['tue'], start: '07:00', end: '08:00' },
    maxPostsPerMonth: 1,
  },
]

const NEWSLETTER_TARGETS = ['of', 'coachs']
const NEWSLETTER_PHASES: PhaseKey[] = ['retention', 'advocacy']

/** The channels (slugs) a phase of QALIA's line goes out on, by the reading above. */
export const qaliaPhaseChannels = ({ target, phase }: { target: string; phase: PhaseKey }): string[] =>
  NEWSLETTER_TARGETS.includes(target) && NEWSLETTER_PHASES.includes(phase)
    ? ['linkedin', 'newsletter']
    : ['linkedin']
