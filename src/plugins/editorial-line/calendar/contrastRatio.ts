/** The red, green and blue channels (0–255) of a `#rrggbb` or `rgb(r, g, b)` colour. */
const channels = (colour: string) => {
  const rgb = colour.match(/^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/)
  if (rgb) return rgb.slice(1, 4).map(Number)
  if (/^#[0-9a-f]{6}$/i.test(colour))
    return [1, 3, 5].map((index) => parseInt(colour.slice(index, index + 2), 16))
  throw new Error(`Not a colour this reads: ${colour}`)
}

/** Relative luminance of a colour (WCAG 2). */
const luminance = (colour: string) => {
  const [r, g, b] = channels(colour).map((value) => {
    const channel = value / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two `#rrggbb` or `rgb()` colours, from 1 to 21; body text needs 4.5. */
export const contrastRatio = ({ foreground, background }: { foreground: string; background: string }) => {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (light + 0.05) / (dark + 0.05)
}
