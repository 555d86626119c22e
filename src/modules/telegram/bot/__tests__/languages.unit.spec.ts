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
  it("give every key in every language", () => {
    const keysOf = (language: string) =>
      fs
        .readFileSync(path.join(localesDirectory(), `${language}.ftl`), "utf8")
        .split("\n")
        .flatMap((line) => line.match(/^([a-z][\w-]*) =/)?.[1] ?? [])
        .sort()
    expect(keysOf("uz")).toEqual(keysOf("ru"))
    expect(keysOf("en")).toEqual(keysOf("ru"))
  })
})
