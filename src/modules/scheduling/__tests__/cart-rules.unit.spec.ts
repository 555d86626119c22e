import { cartLeadMinutes, type ScheduledProduct, slotRefusal } from "../cart-rules"

const TASHKENT = "Asia/Tashkent"
const switches = { lead_minutes: 120, lead_minutes_by_product_type: { cake: 48 * 60 }, same_day_cutoff: "20:00" }
const product = (overrides: Partial<ScheduledProduct> = {}): ScheduledProduct => ({ title: "Roses", type: "bouquet", lead_minutes: null, available_from: null, available_to: null, ...overrides })
/** An instant given as Tashkent wall-clock time (UTC+5, no daylight saving). */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+05:00`)
const codeOf = (products: ScheduledProduct[], slot: { date: string; starts_at: string }, now: Date) => slotRefusal(products, slot, { now, switches, timeZone: TASHKENT })?.code ?? null

describe("slot rules of a cart", () => {
  it("takes the longest lead time of the store, the product types and the products", () => {
    expect(cartLeadMinutes([product()], switches)).toEqual({ minutes: 120, title: null })
    expect(cartLeadMinutes([product(), product({ title: "Napoleon", type: "cake" })], switches)).toEqual({ minutes: 2880, title: "Napoleon" })
    expect(cartLeadMinutes([product({ title: "Wedding", type: "cake", lead_minutes: 7 * 24 * 60 })], switches)).toEqual({ minutes: 10080, title: "Wedding" })
  })

  it("refuses a slot inside the lead time to the minute, and allows it at the boundary", () => {
    const now = at("2026-12-07", "08:00")
    expect(codeOf([product()], { date: "2026-12-07", starts_at: "09:59" }, now)).toBe("LEAD_TIME")
    expect(codeOf([product()], { date: "2026-12-07", starts_at: "10:00" }, now)).toBeNull()
    expect(codeOf([product({ type: "cake" })], { date: "2026-12-09", starts_at: "07:59" }, now)).toBe("LEAD_TIME")
    expect(codeOf([product({ type: "cake" })], { date: "2026-12-09", starts_at: "08:00" }, now)).toBeNull()
  })

  it("closes today at the cutoff in the shop's time zone, around midnight too", () => {
    // 19:59 in Tashkent is 14:59 UTC: still today; 20:00 closes today's slots but not tomorrow's
    expect(codeOf([product()], { date: "2026-12-07", starts_at: "22:00" }, at("2026-12-07", "19:59"))).toBeNull()
    expect(codeOf([product()], { date: "2026-12-07", starts_at: "22:00" }, at("2026-12-07", "20:00"))).toBe("PAST_CUTOFF")
    expect(codeOf([product()], { date: "2026-12-08", starts_at: "10:00" }, at("2026-12-07", "20:00"))).toBeNull()
    // 00:30 in Tashkent is still the previous day in UTC: the shop's new day has begun, before its cutoff
    expect(codeOf([product()], { date: "2026-12-08", starts_at: "10:00" }, at("2026-12-08", "00:30"))).toBeNull()
  })

  it("serves a product only in slots starting inside its window (the end excluded)", () => {
    const breakfast = product({ title: "Syrniki", available_from: "07:00", available_to: "11:00" })
    const now = at("2026-12-07", "00:00")
    expect(codeOf([breakfast], { date: "2026-12-08", starts_at: "06:00" }, now)).toBe("NOT_AVAILABLE_NOW")
    expect(codeOf([breakfast], { date: "2026-12-08", starts_at: "07:00" }, now)).toBeNull()
    expect(codeOf([breakfast], { date: "2026-12-08", starts_at: "11:00" }, now)).toBe("NOT_AVAILABLE_NOW")
    expect(slotRefusal([product(), breakfast], { date: "2026-12-08", starts_at: "12:00" }, { now, switches, timeZone: TASHKENT })?.message).toContain('"Syrniki" is served from 07:00 to 11:00')
  })
})
