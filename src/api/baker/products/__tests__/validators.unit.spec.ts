import { CreateBakerProductSchema, UpdateBakerProductSchema } from "../validators"

const price = [{ currency_code: "UZS", amount: 150000 }]

describe("CreateBakerProductSchema", () => {
  it("gives a product without options one option whose values are the variant titles", () => {
    const product = CreateBakerProductSchema.parse({
      title: "Medovik",
      variants: [{ title: "16 cm", prices: price }, { title: "20 cm", prices: price, stock: 3, manage_inventory: false }],
    })
    expect(product.options).toEqual([{ title: "Variant", values: ["16 cm", "20 cm"] }])
    expect(product.variants).toEqual([
      { title: "16 cm", options: { Variant: "16 cm" }, prices: [{ currency_code: "uzs", amount: 150000 }], stock: 0, manage_inventory: true },
      { title: "20 cm", options: { Variant: "20 cm" }, prices: [{ currency_code: "uzs", amount: 150000 }], stock: 3, manage_inventory: false },
    ])
    expect(product.status).toBe("published")
  })

  it("keeps given options when every variant sets each of them to a listed value", () => {
    const product = CreateBakerProductSchema.parse({
      title: "Napoleon",
      options: [{ title: "Size", values: ["16 cm", "20 cm"] }],
      variants: [{ title: "Small", options: { Size: "16 cm" }, prices: price }],
    })
    expect(product.variants[0].options).toEqual({ Size: "16 cm" })
  })

  it("names the option a variant leaves out or sets to an unlisted value", () => {
    const result = CreateBakerProductSchema.safeParse({
      title: "Napoleon",
      options: [{ title: "Size", values: ["16 cm"] }],
      variants: [{ title: "Small", prices: price }, { title: "Huge", options: { Size: "40 cm" }, prices: price }],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["variants.0.options", "variants.1.options"])
    expect(result.error?.issues[0].message).toBe('set option "Size" to one of: 16 cm')
  })

  it.each([
    ["two prices in one currency", { title: "One", prices: [...price, { currency_code: "uzs", amount: 1 }] }],
    ["fractional stock", { title: "One", prices: price, stock: 0.5 }],
    ["a currency that is not 3 letters", { title: "One", prices: [{ currency_code: "so'm", amount: 1 }] }],
  ])("refuses a variant with %s", (_, variant) => {
    expect(CreateBakerProductSchema.safeParse({ title: "Cake", variants: [variant] }).success).toBe(false)
  })

  it("refuses fields it does not know, such as a bakery id", () => {
    const result = CreateBakerProductSchema.safeParse({ title: "Cake", bakery_id: "bkry_1", variants: [{ title: "One", prices: price }] })
    expect(result.success).toBe(false)
  })
})

describe("UpdateBakerProductSchema", () => {
  it("refuses an empty change and variants without an id", () => {
    expect(UpdateBakerProductSchema.safeParse({}).success).toBe(false)
    expect(UpdateBakerProductSchema.safeParse({ variants: [{ prices: price }] }).success).toBe(false)
  })
})
