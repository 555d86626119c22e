import { orderSlotView, isEmptyOrderSlot } from "../order-slot-view"
import { providerLabel, switchesChanges, switchesForm } from "../switches-form"
import { nextTemplateRow, templateRows, templateRowsForm } from "../templates-form"
import { StoreSwitchesSchema } from "../../../../modules/scheduling/switches"

describe("switches form", () => {
  const defaults = StoreSwitchesSchema.parse({})

  it("turns empty number boxes into null (own price, no cap) and keeps the providers turned off", () => {
    const form = { ...switchesForm(defaults), delivery_fee: "30000", disabled_payment_providers: ["pp_click_click"] }
    expect(switchesChanges(form)).toEqual({
      shop_open: true,
      pickup_enabled: true,
      delivery_enabled: true,
      disabled_payment_providers: ["pp_click_click"],
      delivery_fee: 30000,
      max_orders_per_slot: null,
      lead_minutes: 120,
      lead_minutes_by_product_type: {},
      same_day_cutoff: null,
    })
    expect(switchesChanges({ ...form, delivery_fee: " " }).delivery_fee).toBeNull()
  })

  it("reads lead times per product type and the cutoff, and gives them back as written", () => {
    const form = { ...switchesForm(defaults), type_leads: " cake=2880,bouquet = 120 ", same_day_cutoff: "18:00" }
    const changes = switchesChanges(form)
    expect(changes).toMatchObject({ lead_minutes_by_product_type: { cake: 2880, bouquet: 120 }, same_day_cutoff: "18:00" })
    expect(switchesForm({ ...defaults, ...changes } as typeof defaults)).toMatchObject({ type_leads: "cake=2880, bouquet=120", same_day_cutoff: "18:00" })
    expect(() => switchesChanges({ ...form, type_leads: "cake=two days" })).toThrow('"cake=two days" is not one')
    expect(() => switchesChanges({ ...form, same_day_cutoff: "6pm" })).toThrow("Same-day cutoff")
  })

  it("refuses a negative fee, a fractional cap and an empty lead time with the box's name", () => {
    const form = switchesForm(defaults)
    expect(() => switchesChanges({ ...form, delivery_fee: "-1" })).toThrow("Delivery fee")
    expect(() => switchesChanges({ ...form, max_orders_per_slot: "2.5" })).toThrow("Orders per slot")
    expect(() => switchesChanges({ ...form, lead_minutes: "" })).toThrow("Lead time")
  })

  it("names providers from Medusa's ids", () => {
    expect(providerLabel("pp_payme_payme")).toBe("Payme")
    expect(providerLabel("pp_system_default")).toBe("Manual (system)")
  })
})

describe("weekly slots form", () => {
  it("round-trips templates, an empty cake box meaning no cake limit", () => {
    const templates = [
      { weekday: 1, starts_at: "10:00", ends_at: "12:00", capacity_orders: 5, capacity_cakes: null },
      { weekday: 7, starts_at: "14:00", ends_at: "16:00", capacity_orders: 3, capacity_cakes: 2 },
    ]
    expect(templateRows(templateRowsForm(templates))).toEqual(templates)
  })

  it("adds the next weekday after the last row, Sunday wrapping to Monday", () => {
    const [sunday] = templateRowsForm([{ weekday: 7, starts_at: "09:00", ends_at: "11:00", capacity_orders: 4, capacity_cakes: null }])
    expect(nextTemplateRow([sunday])).toMatchObject({ weekday: 1, starts_at: "09:00", capacity_orders: "4" })
    expect(nextTemplateRow([]).weekday).toBe(1)
  })

  it("refuses a capacity that is not a whole number, naming the row", () => {
    const rows = templateRowsForm([{ weekday: 2, starts_at: "10:00", ends_at: "12:00", capacity_orders: 1, capacity_cakes: null }])
    expect(() => templateRows([{ ...rows[0], capacity_orders: "two" }])).toThrow("Row 1 (Tue 10:00): orders")
  })
})

describe("order slot view", () => {
  it("reads the checkout's metadata and says when there is none", () => {
    const view = orderSlotView({ fulfillment: "delivery", wanted_date: "2026-12-24", wanted_time: "10:00–12:00", cake_message: " Happy birthday ", card_text: "" })
    expect(view).toEqual({ fulfillment: "Courier delivery", date: "2026-12-24", time: "10:00–12:00", cake_message: "Happy birthday", card_text: null })
    expect(isEmptyOrderSlot(orderSlotView(null))).toBe(true)
    expect(orderSlotView({ fulfillment: "PICKUP" }).fulfillment).toBe("Pickup")
  })
})
