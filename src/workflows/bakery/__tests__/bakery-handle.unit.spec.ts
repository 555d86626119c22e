import { MedusaError } from "@medusajs/framework/utils"
import { asHandleTaken, BAKERY_HANDLE_PATTERN } from "../bakery-handle"

describe("BAKERY_HANDLE_PATTERN", () => {
  it.each(["non-uyi", "a", "bakery-2", "42", "samarkand-non-uyi-3"])("accepts %s", (handle) => {
    expect(BAKERY_HANDLE_PATTERN.test(handle)).toBe(true)
  })

  it.each(["", "Non-Uyi", "non uyi", "non--uyi", "-non", "non-", "non_uyi", "нон", "non/uyi"])("refuses %j", (handle) => {
    expect(BAKERY_HANDLE_PATTERN.test(handle)).toBe(false)
  })
})

describe("asHandleTaken", () => {
  it("turns the unique-index violation Medusa reports into 409 BAKERY_HANDLE_TAKEN naming the handle", () => {
    // The message Medusa's database error mapper writes for a unique violation on bakery.handle.
    const violation = new MedusaError(MedusaError.Types.INVALID_DATA, "Bakery with handle: non-uyi, already exists.")
    expect(() => asHandleTaken("non-uyi")(violation)).toThrow(
      expect.objectContaining({ type: MedusaError.Types.CONFLICT, code: "BAKERY_HANDLE_TAKEN", message: expect.stringContaining('"non-uyi"') })
    )
  })

  it("passes every other error on unchanged", () => {
    const other = new MedusaError(MedusaError.Types.INVALID_DATA, "Bakery with id: bkry_1, already exists.")
    expect(() => asHandleTaken("non-uyi")(other)).toThrow(other)
    const plain = new Error("connection lost")
    expect(() => asHandleTaken("non-uyi")(plain)).toThrow(plain)
  })
})
