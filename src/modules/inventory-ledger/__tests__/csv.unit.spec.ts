import { csvRecords, parseStockCsv, stockCsv, UTF8_BOM } from "../csv"

describe("stock CSV", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, numbering records by their first line", () => {
    const records = csvRecords(`${UTF8_BOM}a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n`)
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 3, fields: ["two\nlines", "z"] },
    ])
  })

  it("accepts rows by item id or sku and names every bad line", () => {
    const text = [
      "sku,inventory_item_id,location_id,stocked_quantity",
      "NAP-1,,sloc_1,12",
      ",iitem_2,sloc_1,-3",
      ",,sloc_1,4",
      "NAP-1,,sloc_1,7",
      ",iitem_3,,2.5",
      ",iitem_4,sloc_1,0",
    ].join("\n")
    const { rows, problems } = parseStockCsv(text)
    expect(rows.map((row) => [row.line, row.sku ?? row.inventory_item_id, row.stocked_quantity])).toEqual([
      [2, "NAP-1", 12],
      [7, "iitem_4", 0],
    ])
    expect(problems).toEqual([
      { line: 3, message: 'stocked_quantity "-3" is not a whole number of 0 or more' },
      { line: 4, message: "inventory_item_id or sku is empty" },
      { line: 5, message: "the same item and location as line 2" },
      { line: 6, message: 'location_id is empty; stocked_quantity "2.5" is not a whole number of 0 or more' },
    ])
  })

  it("refuses a header without the needed columns, and an empty file", () => {
    expect(parseStockCsv("title,qty\nx,1").problems).toEqual([{ line: 1, message: "the header lacks location_id, stocked_quantity, inventory_item_id or sku" }])
    expect(parseStockCsv("").problems).toEqual([{ line: 1, message: "the file is empty" }])
    expect(parseStockCsv("sku,location_id,stocked_quantity\n").problems).toEqual([{ line: 2, message: "the file has no rows under the header" }])
  })

  it("exports with a BOM and quotes what needs it, and the export reads back", () => {
    const text = stockCsv([
      { inventory_item_id: "iitem_1", sku: "NAP-1", title: 'Наполеон, "большой"', location_id: "sloc_1", location_name: "Бухара", stocked_quantity: 5, reserved_quantity: 1 },
    ])
    expect(text.startsWith(UTF8_BOM)).toBe(true)
    expect(text).toBe(`${UTF8_BOM}inventory_item_id,sku,title,location_id,location_name,stocked_quantity,reserved_quantity\r\niitem_1,NAP-1,"Наполеон, ""большой""",sloc_1,Бухара,5,1\r\n`)
    expect(parseStockCsv(text)).toEqual({ rows: [{ line: 2, inventory_item_id: "iitem_1", sku: "NAP-1", location_id: "sloc_1", stocked_quantity: 5 }], problems: [] })
  })
})
