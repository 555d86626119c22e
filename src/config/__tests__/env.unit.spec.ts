import fs from "node:fs"
import path from "node:path"
import { databaseUrl, EnvError, envSchema, readEnv, sessionCookieOptions } from "../env"

describe("readEnv", () => {
  it("gives a working local configuration when nothing is set", () => {
    const env = readEnv({})
    expect(env.PORT).toBe(9000)
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.EMBEDDED_PG_DATA_DIR).toBe(path.resolve(".data/postgres"))
    expect(databaseUrl(env)).toBe("postgres://postgres:postgres@localhost:5488/dasturxon")
  })

  it("treats blank values as unset, as .env files often carry them", () => {
    const env = readEnv({ REDIS_URL: "  ", DATABASE_URL: "", STRIPE_API_KEY: "" })
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.STRIPE_API_KEY).toBeUndefined()
  })

  it("prefers DATABASE_URL over the embedded server", () => {
    const env = readEnv({ DATABASE_URL: "postgres://shop@db.internal:5432/shop" })
    expect(databaseUrl(env)).toBe("postgres://shop@db.internal:5432/shop")
  })

  it("refuses a REDIS_URL that is not a redis URL, naming the variable", () => {
    expect(() => readEnv({ REDIS_URL: "localhost:6379" })).toThrow(/REDIS_URL must start with redis:\/\//)
  })

  it("refuses the development secrets in production", () => {
    const attempt = () => readEnv({ NODE_ENV: "production" })
    expect(attempt).toThrow(EnvError)
    expect(attempt).toThrow(/JWT_SECRET must be a random string/)
    expect(attempt).toThrow(/COOKIE_SECRET must be a random string/)
  })

  it("accepts long random secrets in production", () => {
    const secret = "x".repeat(48)
    expect(readEnv({ NODE_ENV: "production", JWT_SECRET: secret, COOKIE_SECRET: secret }).NODE_ENV).toBe("production")
  })

  it("lists every invalid variable at once", () => {
    try {
      readEnv({ PORT: "http", ADMIN_EMAIL: "not-an-email" })
      throw new Error("expected readEnv to throw")
    } catch (error) {
      expect((error as EnvError).issues).toEqual(
        expect.arrayContaining([expect.stringMatching(/^PORT:/), expect.stringMatching(/^ADMIN_EMAIL: ADMIN_EMAIL must be an email/)])
      )
    }
  })
})

describe("sessionCookieOptions", () => {
  it("keeps the session cookie usable on a plain-http local server", () => {
    expect(sessionCookieOptions(readEnv({ PORT: "9000" }))).toEqual({ secure: false, sameSite: "lax" })
  })

  it("marks the cookie Secure when the public URL is https", () => {
    expect(sessionCookieOptions(readEnv({ MEDUSA_BACKEND_URL: "https://shop.example.uz" }))).toEqual({ secure: true, sameSite: "lax" })
  })
})

describe(".env.template", () => {
  it("lists every variable the schema reads", () => {
    const template = fs.readFileSync(path.join(__dirname, "..", "..", "..", ".env.template"), "utf8")
    const listed = new Set(template.split("\n").map((line) => line.match(/^([A-Z0-9_]+)=/)?.[1]).filter(Boolean))
    const schemaKeys = Object.keys(envSchema.shape)
    expect(schemaKeys.length).toBeGreaterThan(20)
    expect(schemaKeys.filter((key) => !listed.has(key))).toEqual([])
  })
})
