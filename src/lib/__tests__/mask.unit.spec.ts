import { maskRecipient } from "../mask"

describe("maskRecipient", () => {
  it("keeps an email's first letter and domain", () => {
    expect(maskRecipient("dilnoza@example.uz")).toBe("d***@example.uz")
  })

  it("keeps a phone's country and operator code and its last two digits", () => {
    expect(maskRecipient("+998 90 123 45 67")).toBe("+99890 *** ** 67")
  })

  it("hides anything too short to mask safely", () => {
    expect(maskRecipient("12345")).toBe("***")
  })
})
