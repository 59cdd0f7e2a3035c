const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** `HH:mm`, 00:00–23:59; an end of window may also be `24:00` (end of day). */
export const isTimeOfDay = ({ value, endOfDay = false }: { value: string; endOfDay?: boolean }) =>
  TIME.test(value) || (endOfDay && value === '24:00')

/** Minutes since midnight of a valid `HH:mm`. */
export const minutesOfDay = (value: string): number => {
  const [hours, minutes] = value.split(':').map(Number)
  return hours * 60 + minutes
}
