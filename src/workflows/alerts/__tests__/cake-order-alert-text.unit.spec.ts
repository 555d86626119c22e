import { botI18n } from "../../../modules/telegram/bot/i18n"
import { cakeOrderAlertText, type CakeOrderAlertTicket } from "../cake-order-alert-text"

const i18n = botI18n()
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

function ticket(overrides: Partial<CakeOrderAlertTicket["order"]> = {}, fulfillment: "PICKUP" | "DELIVERY" = "PICKUP"): CakeOrderAlertTicket {
  return {
    display_id: 42,
    fulfillment,
    order: {
      currency_code: "uzs",
      total: 560000,
      items: [
        { title: "Наполеон", variant_title: "1 кг", quantity: 2 },
        { title: "Розы", variant_title: null, quantity: 1 },
      ],
      metadata: { fulfillment: "pickup", wanted_date: "2026-12-24", wanted_time: "15:00–17:00" },
      customer_name: "Malika",
      phone: "+998901234567",
      address: null,
      ...overrides,
    },
  }
}

describe("cakeOrderAlertText", () => {
  it("gives the order number, each item with size and quantity, the pickup day and time, and the total", () => {
    expect(plain(cakeOrderAlertText(i18n, "ru", ticket()))).toBe(
      ["Новый заказ с тортом №42", "Наполеон (1 кг) × 2", "Розы × 1", "Самовывоз: чт, 24 дек., 15:00–17:00", "Итого: 560 000 сум"].join("\n")
    )
  })

  it("says delivery in the staff chat's language, and only 'delivery' when no time was chosen", () => {
    const text = plain(cakeOrderAlertText(i18n, "uz", ticket({ metadata: {} }, "DELIVERY")))
    expect(text.split("\n")).toEqual(["Tortli yangi buyurtma №42", "Наполеон (1 кг) × 2", "Розы × 1", "Kuryer orqali yetkazib berish", "Jami: 560 000 soʻm"])
  })

  it("never shows the customer's phone or name", () => {
    const text = cakeOrderAlertText(i18n, "en", ticket())
    expect(text).not.toContain("998901234567")
    expect(text).not.toContain("Malika")
  })

  it("lists the first ten lines of a big order and how many more there are, well under Twilio's 1600 characters", () => {
    const items = Array.from({ length: 25 }, (_, index) => ({ title: `Торт с очень длинным названием номер ${index + 1}`, variant_title: "24 см", quantity: 1 }))
    const lines = cakeOrderAlertText(i18n, "ru", ticket({ items })).split("\n")
    expect(lines).toHaveLength(1 + 10 + 3)
    expect(lines[10]).toBe("Торт с очень длинным названием номер 10 (24 см) × 1")
    expect(lines[11]).toBe("…и ещё позиций: 15")
    expect(lines.join("\n").length).toBeLessThan(1600)
  })
})
