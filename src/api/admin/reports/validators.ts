import { z } from "zod"
import { isCalendarDate } from "../../../modules/scheduling/slots"

/** The longest range one report covers. */
export const MAX_REPORT_DAYS = 400

const calendarDate = (field: string) => z.string().refine(isCalendarDate, `${field} must be a real date like 2026-12-24`)
/** An IANA time zone; a report's days are calendar days in it. */
export const timeZone = z
  .string()
  .default("Asia/Tashkent")
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, "tz must be an IANA time zone like Asia/Tashkent")

/** "store" or a bakery id; without it, every seller. */
export const sellerParam = z.string().trim().min(1).max(100).optional()

/**
 * What every report takes: calendar days `from`…`to` (both included) in `tz`, optionally one seller ("store" or a
 * bakery id), and json or csv (UTF-8 with BOM, for Excel); `extra` adds a report's own parameters.
 */
export const reportQuery = <Extra extends z.ZodRawShape>(extra: Extra) =>
  z
    .object({
      from: calendarDate("from"),
      to: calendarDate("to"),
      seller: sellerParam,
      tz: timeZone,
      format: z.enum(["json", "csv"]).default("json"),
      ...extra,
    })
    .strict()
    .refine((query) => rangeOf(query).from <= rangeOf(query).to, { message: "from must not be after to" })
    .refine((query) => (Date.parse(rangeOf(query).to) - Date.parse(rangeOf(query).from)) / 86_400_000 < MAX_REPORT_DAYS, {
      message: `a report covers at most ${MAX_REPORT_DAYS} days`,
    })

const rangeOf = (query: unknown) => query as { from: string; to: string }

export const AdminReportQuery = reportQuery({})
export type AdminReportQueryType = z.infer<typeof AdminReportQuery>
