import type { OpeningHours } from "./types"

/*
 * Opening hours are edited as text, one interval a line ("Mon 08:00-20:00"), so a day may have several intervals
 * and an interval may run past midnight ("Fri 22:00-02:00"). The server validates overlaps and times.
 */
export const WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const

const LINE = /^([a-z]{3})\s+(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/i

export function formatOpeningHours(hours: OpeningHours | null | undefined): string {
  return [...(hours ?? [])]
    .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens))
    .map(({ weekday, opens, closes }) => `${WEEKDAY_NAMES[weekday - 1]} ${opens}-${closes}`)
    .join("\n")
}

/** Throws an Error naming the first line it cannot read. */
export function parseOpeningHours(text: string): OpeningHours {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const match = LINE.exec(line)
      const weekday = match ? WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === match[1].toLowerCase()) + 1 : 0
      if (!match || !weekday) {
        throw new Error(`Opening hours, line ${index + 1}: write a weekday and times, e.g. "Mon 08:00-20:00".`)
      }
      return { weekday, opens: match[2], closes: match[3] }
    })
}
