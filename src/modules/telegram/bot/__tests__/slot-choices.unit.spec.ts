import { MedusaError } from "@medusajs/framework/utils"
import { sharedBotI18n } from "../i18n"
import { EXPLAINED_SLOT_CODES, slotRefusalKey } from "../features/checkout/slot-choices"

describe("slotRefusalKey", () => {
  it("explains every slot refusal in every language, in words of its own", () => {
    const i18n = sharedBotI18n()
    for (const code of EXPLAINED_SLOT_CODES) {
      const key = slotRefusalKey(new MedusaError(MedusaError.Types.CONFLICT, "refused", code))!
      for (const language of ["ru", "uz", "en"]) expect({ code, language, text: i18n.t(language, key) }).not.toMatchObject({ text: key })
    }
    for (const language of ["ru", "uz", "en"]) {
      const texts = EXPLAINED_SLOT_CODES.map((code) => i18n.t(language, slotRefusalKey(new MedusaError(MedusaError.Types.CONFLICT, "x", code))!))
      expect({ language, distinct: new Set(texts).size }).toEqual({ language, distinct: texts.length })
    }
  })

  it("leaves other errors (and the payment switch's code) to their own handling", () => {
    expect(slotRefusalKey(new MedusaError(MedusaError.Types.CONFLICT, "x", "PAYMENT_METHOD_DISABLED"))).toBeNull()
    expect(slotRefusalKey(new Error("boom"))).toBeNull()
  })
})
