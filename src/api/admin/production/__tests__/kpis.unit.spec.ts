import { acceptanceFromSums, acceptanceKpis, kpiReport, kpiWindow, percentile } from "../kpis"

const DAY_MS = 24 * 3_600_000
const ticket = (seconds_to_accept: number | null, seller_id = "store") => ({ seller_id, seconds_to_accept })

describe("production KPIs", () => {
  it("interpolates percentiles between ranks, as percentile_cont does, to a tenth of a second", () => {
    expect(percentile([60, 120, 300, 1200], 0.5)).toBe(210)
    expect(percentile([60, 120, 300, 1200], 0.9)).toBe(930)
    expect(percentile([30, 120, 600, 1200], 0.9)).toBe(1020)
    expect(percentile([1, 2], 1 / 3)).toBe(1.3)
    expect(percentile([42], 0.9)).toBe(42)
    expect(percentile([], 0.5)).toBeNull()
  })

  it("counts the 15-minute share over all tickets, unaccepted ones included", () => {
    expect(acceptanceKpis([ticket(60), ticket(900), ticket(901), ticket(null)])).toEqual({
      tickets: 4,
      accepted: 3,
      median_seconds_to_accept: 900,
      p90_seconds_to_accept: 900.8,
      accepted_within_15_min_share: 0.5,
    })
  })

  it("gives the same figures from the database's sums (percentile_cont as a float) as from the tickets", () => {
    const tickets = [ticket(60), ticket(900), ticket(901), ticket(null)]
    expect(acceptanceFromSums({ tickets: 4, accepted: 3, median: 900, p90: 900.8000000000001, within_target: 2 })).toEqual(acceptanceKpis(tickets))
    expect(acceptanceFromSums({ tickets: 0, accepted: 0, median: null, p90: null, within_target: 0 })).toEqual(acceptanceKpis([]))
  })

  it("answers nulls, not zeros, when there is nothing to measure", () => {
    expect(acceptanceKpis([])).toEqual({
      tickets: 0,
      accepted: 0,
      median_seconds_to_accept: null,
      p90_seconds_to_accept: null,
      accepted_within_15_min_share: null,
    })
  })

  it("splits the figures per seller, in seller id order", () => {
    const report = kpiReport([ticket(100, "store"), ticket(50, "bkry_1"), ticket(null, "bkry_1")])
    expect(report.overall.tickets).toBe(3)
    expect(report.by_seller.map(({ seller_id, tickets, median_seconds_to_accept }) => [seller_id, tickets, median_seconds_to_accept])).toEqual([
      ["bkry_1", 2, 50],
      ["store", 1, 100],
    ])
  })

  it("defaults to the 7 days before to (or now) and refuses reversed or over-long ranges", () => {
    const now = new Date("2026-03-10T12:00:00Z")
    expect(kpiWindow({}, now)).toEqual({ from: new Date("2026-03-03T12:00:00Z"), to: now })
    const to = new Date("2026-02-01T00:00:00Z")
    expect(kpiWindow({ to }, now).from).toEqual(new Date(to.getTime() - 7 * DAY_MS))
    expect(kpiWindow({ from: new Date(now.getTime() - 366 * DAY_MS) }, now).to).toBe(now)
    expect(() => kpiWindow({ from: new Date(now.getTime() - 366 * DAY_MS - 1) }, now)).toThrow(expect.objectContaining({ code: "INVALID_DATE_RANGE" }))
    expect(() => kpiWindow({ from: now, to }, now)).toThrow(expect.objectContaining({ code: "INVALID_DATE_RANGE", type: "invalid_data" }))
  })
})
