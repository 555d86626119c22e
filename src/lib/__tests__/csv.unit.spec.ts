import { csvDocument, UTF8_BOM } from "../csv"

describe("csvDocument", () => {
  it("writes a BOM, the header and CRLF rows, quoting only what needs it", () => {
    const text = csvDocument(["title", "units", "note"] as const, [
      { title: "Наполеон, 1 кг", units: 3, note: 'say "hi"' },
      { title: "Медовик", units: 0, note: null },
    ])
    expect(text).toBe(`${UTF8_BOM}title,units,note\r\n"Наполеон, 1 кг",3,"say ""hi"""\r\nМедовик,0,\r\n`)
  })
})
