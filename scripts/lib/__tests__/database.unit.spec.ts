import { parseDatabaseUrl, urlFor } from "../database"

describe("parseDatabaseUrl", () => {
  it("maps 127.0.0.1 to localhost, since @medusajs/test-utils turns SSL on for any other host", () => {
    expect(parseDatabaseUrl("postgres://postgres@127.0.0.1:5432/shop")).toEqual({
      host: "localhost",
      port: 5432,
      user: "postgres",
      password: "",
      database: "shop",
    })
  })

  it("decodes credentials and defaults the port", () => {
    expect(parseDatabaseUrl("postgres://sh%40p:p%2Fw@db.internal/orders")).toMatchObject({
      host: "db.internal",
      port: 5432,
      user: "sh@p",
      password: "p/w",
      database: "orders",
    })
  })
})

describe("urlFor", () => {
  it("round-trips special characters in credentials", () => {
    const url = urlFor({ host: "localhost", port: 5488, user: "postgres", password: "p@ss/word" }, "dasturxon")
    expect(parseDatabaseUrl(url)).toMatchObject({ password: "p@ss/word", database: "dasturxon", port: 5488 })
  })
})
