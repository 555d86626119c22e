import { genericColumns } from "../generic-columns"

describe("columns of a report table the page does not know yet", () => {
  const addOn = { product_id: "prod_1", product_title: "Ribbon", currency_code: "uzs", units: 3, revenue: 45_000, share_of_bouquet_orders: 0.25, attach_rate: null }
  const columns = genericColumns([addOn])
  const cells = columns.map((column) => [column.label, column.render!(addOn)])

  it("leaves ids out where the row has a title, and shows amounts in the row's currency and rates as percentages", () => {
    expect(cells).toEqual([
      ["Product title", "Ribbon"],
      ["Currency", "UZS"],
      ["Units", "3"],
      ["Revenue", "45,000 UZS"],
      ["Share of bouquet orders", "25%"],
      ["Attach rate", "-"],
    ])
  })

  it("keeps an id when there is no title to show instead", () => {
    expect(genericColumns([{ id: "prod_1", units: 2 }]).map((column) => column.key)).toEqual(["id", "units"])
  })
})
