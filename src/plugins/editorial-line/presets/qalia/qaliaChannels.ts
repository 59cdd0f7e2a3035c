import type { PhaseKey } from '../../constants.js'
import type { FormatRequirement } from '../../rules/types.js'
import type { ChannelSeed } from '../../seed/editorialLineData.js'

/** No file, or up to 20 images: LinkedIn's multi-image post takes 2 to 20, a single-image post one. */
const imagesOptional = ({ format }: { format: string }): FormatRequirement => ({ format, kinds: ['image'], min: 0, max: 20 })
/** At most one file of any kind beside the text. */
const oneFileOptional = ({ format }: { format: string }): FormatRequirement => ({
  format,
  kinds: ['image', 'document', 'video'],
  min: 0,
  max: 1,
})

/**
 * What a LinkedIn post of each QALIA format carries, from LinkedIn's documentation: an organic
 * carousel is a document post (one PDF, at most 300 pages) or a multi-image post (2 to 20 images),
 * never both; a video post has one video (3 s to 30 min through the API; a *short* video here stops
 * at 10 min). Text-led formats take no file or up to 20 images; testimonials, interviews and case
 * studies at most one image, document or video.
 */
export const linkedinFormatRequirements: FormatRequirement[] = [
  imagesOptional({ format: 'text' }),
  { format: 'carousel', kinds: ['document'], min: 1, max: 1, maxPages: 300 },
  { format: 'carousel', kinds: ['image'], min: 2, max: 20 },
  { format: 'short-video', kinds: ['video'], min: 1, max: 1, minSeconds: 3, maxSeconds: 600 },
  oneFileOptional({ format: 'testimonial' }),
  oneFileOptional({ format: 'interview' }),
  oneFileOptional({ format: 'case-study' }),
  ...['comparison', 'behind-the-scenes', 'product-news', 'co-creation'].map((format) => imagesOptional({ format })),
]

/**
 * The newsletter's: an e-mail shows a few images and links a document; it plays no video. A case
 * study may come with its PDF or one image.
 */
export const newsletterFormatRequirements: FormatRequirement[] = [
  ...['text', 'product-news', 'behind-the-scenes'].map(
    (format): FormatRequirement => ({ format, kinds: ['image'], min: 0, max: 4 }),
  ),
  { format: 'case-study', kinds: ['image', 'document'], min: 0, max: 1 },
]

/**
 * QALIA's channels *(reading)*. The customer's document states the principle "sur le bon canal" but
 * names no channel list; this is the reading the seed and the document importer share
 * (`shared/docs/editorial-rules.md`, "Channels"): LinkedIn for every phase (every format, 3,000
 * characters, LinkedIn's documented limit), and a monthly newsletter for the phases where the
 * document speaks to existing clients ("tips avancés, mises à jour, communauté"): retention and
 * advocacy of OF and Coachs.
 */
export const qaliaChannels: ChannelSeed[] = [
  { slug: 'linkedin', name: 'LinkedIn — page QALIA', maxLength: 3000, formatRequirements: linkedinFormatRequirements },
  {
    slug: 'newsletter',
    name: 'Newsletter QALIA',
    formats: ['text', 'case-study', 'product-news', 'behind-the-scenes'],
    timing: { days: ['tue'], start: '07:00', end: '08:00' },
    maxPostsPerMonth: 1,
    formatRequirements: newsletterFormatRequirements,
  },
]

const NEWSLETTER_TARGETS = ['of', 'coachs']
const NEWSLETTER_PHASES: PhaseKey[] = ['retention', 'advocacy']

/** The channels (slugs) a phase of QALIA's line goes out on, by the reading above. */
export const qaliaPhaseChannels = ({ target, phase }: { target: string; phase: PhaseKey }): string[] =>
  NEWSLETTER_TARGETS.includes(target) && NEWSLETTER_PHASES.includes(phase)
    ? ['linkedin', 'newsletter']
    : ['linkedin']
