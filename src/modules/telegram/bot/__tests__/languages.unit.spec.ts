import { languageOfTelegramCode, localesDirectory } from "../languages"
import { formatPrice } from "../money"
import fs from "node:fs"
import path from "node:path"

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

describe("languageOfTelegramCode", () => {
  it("maps a Telegram client's language to the bot's, Russian when it speaks none of them", () => {
    expect(languageOfTelegramCode("uz")).toBe("uz")
    expect(languageOfTelegramCode("en-GB")).toBe("en")
    expect(languageOfTelegramCode("RU")).toBe("ru")
    expect(languageOfTelegramCode("kk")).toBe("ru")
    expect(languageOfTelegramCode(undefined)).toBe("ru")
  })
})

describe("formatPrice", () => {
  it("writes UZS as people in each language do", () => {
    expect(plain(formatPrice(180000, "uzs", "ru"))).toBe("180 000 сум")
    expect(plain(formatPrice(180000, "uzs", "uz"))).toBe("180 000 soʻm")
    expect(formatPrice(180000, "uzs", "en")).toBe("UZS 180,000")
  })

  it("writes other currencies with their sign", () => {
    expect(formatPrice(14.5, "usd", "en")).toBe("$14.50")
  })
})

describe("the Fluent files", () => {
  const filesOf = (language: string) => fs.readdirSync(path.join(localesDirectory(), language)).filter((name) => name.endsWith(".ftl")).sort()
  const keysOf = (language: string, file: string) =>
    fs
      .readFileSync(path.join(localesDirectory(), language, file), "utf8")
      .split("\n")
      .flatMap((line) => line.match(/^([a-z][\w-]*) =/)?.[1] ?? [])
      .sort()

  it("have the same files in every language", () => {
    expect(filesOf("ru").length).toBeGreaterThan(0)
    expect(filesOf("uz")).toEqual(filesOf("ru"))
    expect(filesOf("en")).toEqual(filesOf("ru"))
  })

  it("give every key of a file in every language", () => {
    for (const file of filesOf("ru")) {
      expect({ file, keys: keysOf("uz", file) }).toEqual({ file, keys: keysOf("ru", file) })
      expect({ file, keys: keysOf("en", file) }).toEqual({ file, keys: keysOf("ru", file) })
    }
  })
})
