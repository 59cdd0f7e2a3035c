/** A number written with leading zeros: `pad(7)` is `07`, `pad(7, 4)` is `0007`. */
export const pad = (value: number, length = 2) => String(value).padStart(length, '0')
