import { botI18n } from "../i18n"
import { notificationText, paymentLinkKeyboard } from "../notification-texts"

const i18n = botI18n()
// prices keep their digit groups together with no-break spaces; compare them as plain spaces
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")
const approved = {
  display_id: 42,
  final_price: 350000,
  currency_code: "uzs",
  final_servings: 14,
  // 10:00 UTC is 15:00 in Tashkent
  payment_expires_at: "2026-11-24T10:00:00.000Z",
  payment_links: [
    { provider_id: "pp_payme_payme", url: "https://shop.uz/pay/custom-cakes/t/payme" },
    { provider_id: "pp_click_click", url: "https://shop.uz/pay/custom-cakes/t/click" },
  ],
}

describe("notificationText", () => {
  it("writes an approval in Russian with the price, servings and the expiry in Tashkent time", () => {
    const text = plain(notificationText(i18n, "custom_cake.approved", { ...approved, locale: "ru" }))
    expect(text).toContain("Ваш торт на заказ №42 одобрен: 350 000 сум, порций: 14.")
    expect(text).toMatch(/до 24 нояб\. 2026 г\., 15:00/)
  })

  it("writes it in Uzbek and English too", () => {
    expect(plain(notificationText(i18n, "custom_cake.approved", { ...approved, locale: "uz" }))).toContain("№42 maxsus tortingiz tasdiqlandi: 350 000 soʻm, 14 porsiya.")
    expect(plain(notificationText(i18n, "custom_cake.approved", { ...approved, locale: "en" }))).toContain("Your custom cake #42 is approved: UZS 350,000, 14 servings.")
  })

  it("passes on a rejection's reason and picks the production step's words", () => {
    expect(notificationText(i18n, "custom_cake.rejected", { locale: "en", display_id: 7, rejection_reason: "no 5-tier cakes on Fridays" })).toContain(
      "we cannot make custom cake #7: no 5-tier cakes on Fridays"
    )
    expect(notificationText(i18n, "custom_cake.production_advanced", { locale: "ru", display_id: 7, status: "READY" })).toBe("Торт №7: готов!")
  })

  it("falls back to Russian for a language the bot does not speak", () => {
    expect(notificationText(i18n, "custom_cake.cancelled", { locale: "de", display_id: 3 })).toBe("Торт №3 отменён.")
  })
})

describe("paymentLinkKeyboard", () => {
  it("makes one URL button per payment link, named by gateway in the customer's language", () => {
    const keyboard = paymentLinkKeyboard(i18n, { ...approved, locale: "uz" })
    expect(keyboard?.inline_keyboard.flat()).toEqual([
      { text: "Payme orqali toʻlash", url: "https://shop.uz/pay/custom-cakes/t/payme" },
      { text: "Click orqali toʻlash", url: "https://shop.uz/pay/custom-cakes/t/click" },
    ])
    expect(paymentLinkKeyboard(i18n, { locale: "ru" })).toBeUndefined()
  })
})

describe("order notifications", () => {
  const placed = {
    display_id: 12,
    currency_code: "uzs",
    total: 385000,
    items: [
      { title: "Napoleon", variant_title: "16 cm", quantity: 2 },
      { title: "Medovik", variant_title: null, quantity: 1 },
    ],
    fulfillment: "delivery",
    wanted_date: "2026-12-10",
    wanted_time: "14:00–16:00",
  }

  it("confirms a placed order with its lines, total and the wanted delivery time, in each language", () => {
    expect(plain(notificationText(i18n, "order.placed", { ...placed, locale: "en" }))).toBe(
      "Thank you! Order #12 is placed.\nNapoleon (16 cm) × 2\nMedovik × 1\nTotal: UZS 385,000\nDelivery: Thu 10 Dec, 14:00–16:00"
    )
    expect(plain(notificationText(i18n, "order.placed", { ...placed, locale: "ru" }))).toContain("Итого: 385 000 сум\nДоставка: чт, 10 дек., 14:00–16:00")
    expect(plain(notificationText(i18n, "order.placed", { ...placed, locale: "uz", fulfillment: "pickup", wanted_date: null, wanted_time: null }))).toMatch(
      /Jami: 385 000 soʻm\nOshxonamizdan olib ketish$/
    )
  })

  it("leaves the time line out when the order names neither pickup nor delivery", () => {
    expect(notificationText(i18n, "order.placed", { ...placed, locale: "en", fulfillment: null })).toMatch(/Total: UZS 385,000$/)
  })

  it("tells a pickup customer their order is ready and a delivery customer it is on its way", () => {
    expect(notificationText(i18n, "shipment.created", { locale: "en", display_id: 12, fulfillment: "pickup" })).toBe("Order #12 is ready: we are waiting for you to collect it.")
    expect(notificationText(i18n, "shipment.created", { locale: "ru", display_id: 12, fulfillment: "delivery" })).toBe("Заказ №12 в пути: курьер уже выехал.")
    expect(notificationText(i18n, "delivery.created", { locale: "uz", display_id: 12 })).toBe("№12 buyurtma yetkazib berildi. Yoqimli ishtaha!")
  })

  it("has a text for every order event in every language", () => {
    for (const template of ["order.placed", "order.fulfillment_created", "shipment.created", "delivery.created", "order.completed", "order.canceled"]) {
      for (const locale of ["ru", "uz", "en"]) {
        const text = notificationText(i18n, template, { ...placed, locale })
        expect({ template, locale, text }).toEqual({ template, locale, text: expect.stringContaining("12") })
        expect(text).not.toContain("notification-")
      }
    }
  })
})
