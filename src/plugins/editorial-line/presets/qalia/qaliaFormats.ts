import type { FormatOption } from '../../posts/formats.js'

/** The format vocabulary of QALIA's editorial rules (`shared/docs/editorial-rules.md`). */
export const qaliaFormats: FormatOption[] = [
  { value: 'text', label: { fr: 'Post texte', en: 'Text post' } },
  { value: 'carousel', label: { fr: 'Carousel éducatif', en: 'Educational carousel' } },
  { value: 'testimonial', label: { fr: 'Témoignage anonymisé', en: 'Anonymised testimonial' } },
  { value: 'short-video', label: { fr: 'Vidéo courte', en: 'Short video' } },
  { value: 'case-study', label: { fr: 'Étude de cas anonymisée', en: 'Anonymised case study' } },
  { value: 'comparison', label: { fr: 'Comparatif', en: 'Comparison' } },
  { value: 'behind-the-scenes', label: { fr: 'Coulisses', en: 'Behind the scenes' } },
  { value: 'product-news', label: { fr: 'Nouveautés', en: 'Product news' } },
  { value: 'co-creation', label: { fr: 'Co-création', en: 'Co-creation' } },
  { value: 'interview', label: { fr: 'Interview', en: 'Interview' } },
]
