import { readFile } from 'node:fs/promises'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'

import type { Format } from 'payload-plugin-editorial-line'

/** A file the demo seed uploads, as Payload's local API takes it, with its alt text. */
export type DemoFile = { name: string; mimetype: string; data: Buffer; alt: string }

const BLUE = '#12355b'
const ORANGE = '#f2a541'
const SLIDE = 1080 // LinkedIn's square carousel slide
const CARD = { width: 1200, height: 627 } // LinkedIn's feed image

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!,
  )

/** Greedy word wrap: SVG text has no line breaking of its own. */
const wrap = ({ text, width }: { text: string; width: number }) => {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

const textBlock = ({
  lines,
  x,
  y,
  size,
  weight,
}: {
  lines: string[]
  x: number
  y: number
  size: number
  weight: string
}) =>
  lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * size * 1.25}" font-family="DejaVu Sans, Liberation Sans, sans-serif" ` +
        `font-size="${size}" font-weight="${weight}" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('')

/**
 * One image drawn with sharp: a flat QALIA background, and the text as an SVG overlay composited
 * onto it (sharp renders SVG with librsvg), encoded as PNG or JPEG.
 */
export const drawDemoImage = async ({
  width,
  height,
  heading,
  text,
  footer,
  type,
}: {
  width: number
  height: number
  heading: string
  text?: string
  footer: string
  type: 'png' | 'jpeg'
}) => {
  const margin = Math.round(width * 0.08)
  const headingSize = Math.round(width / 18)
  const textSize = Math.round(width / 30)
  const headingLines = wrap({ text: heading, width: Math.floor((width - 2 * margin) / (headingSize * 0.6)) })
  const textLines = text ? wrap({ text, width: Math.floor((width - 2 * margin) / (textSize * 0.55)) }) : []
  const top = margin + headingSize
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect x="${margin}" y="${margin - 24}" width="${width / 6}" height="10" fill="${ORANGE}"/>` +
    textBlock({ lines: headingLines, x: margin, y: top, size: headingSize, weight: 'bold' }) +
    textBlock({
      lines: textLines,
      x: margin,
      y: top + headingLines.length * headingSize * 1.25 + textSize,
      size: textSize,
      weight: 'normal',
    }) +
    textBlock({ lines: [footer], x: margin, y: height - margin, size: textSize, weight: 'bold' }) +
    `</svg>`
  const image = sharp({ create: { width, height, channels: 3, background: BLUE } }).composite([
    { input: Buffer.from(svg), top: 0, left: 0 },
  ])
  return type === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 80 }).toBuffer()
}

/** A PDF whose pages are the given JPEG slides, one a page, made with pdf-lib (JPEG embeds as is). */
export const makeDemoPdf = async ({ title, slides }: { title: string; slides: Buffer[] }) => {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setAuthor('QALIA')
  for (const slide of slides) {
    const image = await pdf.embedJpg(slide)
    const page = pdf.addPage([540, (540 * image.height) / image.width])
    page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() })
  }
  return Buffer.from(await pdf.save())
}

/** The demo's short video (4 s, H.264, 320×180), made once by `scripts/makeDemoVideo.ts`. */
export const DEMO_VIDEO_SECONDS = 4
const readDemoVideo = () => readFile(new URL('./media/qalia-demo.mp4', import.meta.url))

/** The slides of a carousel: its title, what it says, the phase's priority content, QALIA's call. */
const carouselSlides = ({ title, message, detail }: { title: string; message: string; detail: string }) =>
  [
    { heading: title, text: 'Un carrousel QALIA — faites défiler' },
    { heading: 'Le constat', text: message },
    { heading: 'Ce qui compte', text: detail || title },
    { heading: 'QALIA', text: 'Votre copilote Qualiopi : essayez-le sur votre prochain dossier.' },
  ].filter((slide) => slide.text)

/**
 * The media a demo post of `format` carries, drawn at seed time and fitting LinkedIn's requirement
 * for the format (see the channels' format requirements): a carousel gets either one PDF (even
 * `index`) or four PNG slides (odd), a short video the committed MP4, a testimonial or an interview
 * one JPEG card, a case study a two-page PDF; other formats none. Every image has French alt text.
 */
export const demoMediaFor = async ({
  format,
  index,
  title,
  message,
  detail,
}: {
  format: Format
  /** The post's place in the demo, which varies the carousels and names the files. */
  index: number
  title: string
  message: string
  detail: string
}): Promise<DemoFile[]> => {
  const footer = 'QALIA · votre copilote Qualiopi'
  const number = index + 1
  switch (format) {
    case 'carousel': {
      const slides = carouselSlides({ title, message, detail })
      const draw = (type: 'png' | 'jpeg') =>
        Promise.all(
          slides.map((slide) => drawDemoImage({ ...slide, width: SLIDE, height: SLIDE, footer, type })),
        )
      if (index % 2 === 0) {
        return [
          {
            name: `carrousel-${number}.pdf`,
            mimetype: 'application/pdf',
            data: await makeDemoPdf({ title, slides: await draw('jpeg') }),
            alt: `Carrousel PDF de ${slides.length} pages : « ${title} »`,
          },
        ]
      }
      return (await draw('png')).map((data, slide) => ({
        name: `carrousel-${number}-diapo-${slide + 1}.png`,
        mimetype: 'image/png',
        data,
        alt:
          `Diapositive ${slide + 1} sur ${slides.length}, texte blanc sur fond bleu : ` +
          `« ${slides[slide].heading} » — ${slides[slide].text}`,
      }))
    }
    case 'short-video':
      return [
        {
          name: `video-${number}.mp4`,
          mimetype: 'video/mp4',
          data: await readDemoVideo(),
          alt: `Vidéo de ${DEMO_VIDEO_SECONDS} secondes : le logo QALIA et « Votre copilote Qualiopi » sur fond bleu, une barre orange qui se remplit`,
        },
      ]
    case 'testimonial':
    case 'interview': {
      const heading = format === 'testimonial' ? 'Témoignage' : 'Entretien'
      return [
        {
          name: `${format === 'testimonial' ? 'temoignage' : 'entretien'}-${number}.jpg`,
          mimetype: 'image/jpeg',
          data: await drawDemoImage({ ...CARD, heading, text: title, footer, type: 'jpeg' }),
          alt: `Carte « ${heading} » sur fond bleu QALIA : ${title}`,
        },
      ]
    }
    case 'case-study': {
      const pages = await Promise.all(
        [
          { heading: 'Étude de cas', text: title },
          { heading: 'Le résultat', text: detail || message },
        ].map((page) => drawDemoImage({ ...page, width: SLIDE, height: SLIDE, footer, type: 'jpeg' })),
      )
      return [
        {
          name: `etude-de-cas-${number}.pdf`,
          mimetype: 'application/pdf',
          data: await makeDemoPdf({ title, slides: pages }),
          alt: `Étude de cas en PDF de 2 pages : « ${title} »`,
        },
      ]
    }
    default:
      return []
  }
}
