import { CUSTOM_CAKE_STATUSES, CUSTOM_CAKE_TRANSITIONS } from "../../../../modules/custom-cake/transitions"
import { actionsFor, ALL_STATUSES, STATUS_FILTER_OPTIONS, statusLabel, statusOfFilter } from "../status"

describe("custom cake statuses in the admin", () => {
  it("calls an approved request awaiting payment 'Awaiting payment' and every other status in words", () => {
    expect(CUSTOM_CAKE_STATUSES.map(statusLabel)).toEqual([
      "Pending review",
      "Awaiting payment",
      "Paid",
      "In production",
      "Ready",
      "Completed",
      "Rejected",
      "Expired",
      "Cancelled",
    ])
  })

  it("offers 'All' first in the filter and sends it as no status filter", () => {
    expect(STATUS_FILTER_OPTIONS[0]).toEqual({ value: ALL_STATUSES, label: "All" })
    expect(STATUS_FILTER_OPTIONS.slice(1).map((option) => option.value)).toEqual([...CUSTOM_CAKE_STATUSES])
    expect(statusOfFilter(ALL_STATUSES)).toBeUndefined()
    expect(statusOfFilter(undefined)).toBeUndefined()
    expect(statusOfFilter("PAID")).toBe("PAID")
  })

  it("offers approve and reject on a pending request only", () => {
    expect(CUSTOM_CAKE_STATUSES.filter((status) => actionsFor(status).review)).toEqual(["PENDING_REVIEW"])
  })

  it("moves a paid cake through production one step a button", () => {
    expect(actionsFor("PAID").production).toEqual({ to: "IN_PRODUCTION", label: "Start production" })
    expect(actionsFor("IN_PRODUCTION").production).toEqual({ to: "READY", label: "Mark ready" })
    expect(actionsFor("READY").production).toEqual({ to: "COMPLETED", label: "Complete" })
    for (const status of ["PENDING_REVIEW", "APPROVED_AWAITING_PAYMENT", "COMPLETED", "REJECTED", "EXPIRED", "CANCELLED"] as const) {
      expect(actionsFor(status).production).toBeNull()
    }
  })

  it("offers only steps the status machine allows", () => {
    for (const status of CUSTOM_CAKE_STATUSES) {
      const step = actionsFor(status).production
      if (step) expect(CUSTOM_CAKE_TRANSITIONS[status]).toContain(step.to)
    }
  })
})
