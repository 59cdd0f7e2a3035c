/** A video's length as players show it: "0:07", "10:00", "1:02:03" (whole seconds, rounded). */
export const videoClock = ({ seconds }: { seconds: number }): string => {
  const total = Math.max(0, Math.round(seconds))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
