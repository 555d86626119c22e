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
