import { suggestionToFinalize, type LoggedSuggestion } from "../hand-set-price"

const NOW = new Date("2026-11-22T12:00:00Z")
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000)
const round = (size_cm: number) => ({ shape: "round", tiers: [{ size_cm, height_cm: 10 }] })

const row = (id: string, size: number, predicted: number, overrides: Partial<LoggedSuggestion> = {}): LoggedSuggestion => ({
  id,
  created_at: hoursAgo(1),
  features: round(size),
  predicted_price: predicted,
  finalized_at: null,
  variant_price_before: 280_000,
  ...overrides,
})

// one suggestion asked on the 20 cm variant offered 16, 20 and 24 cm
const offered = [row("s16", 16, 190_000), row("s20", 20, 300_000), row("s24", 24, 420_000)]
const twentyCm = { diameter_cm: 20, height_cm: 10 }

describe("suggestionToFinalize", () => {
  it("picks the size the variant is, whatever price was saved", () => {
    expect(suggestionToFinalize(offered, { price: 410_000, metadata: twentyCm }, NOW)?.id).toBe("s20")
  })

  it("picks the closest price when the variant has no size metadata", () => {
    expect(suggestionToFinalize(offered, { price: 410_000, metadata: null }, NOW)?.id).toBe("s24")
    expect(suggestionToFinalize(offered, { price: 200_000, metadata: null }, NOW)?.id).toBe("s16")
  })

  it("prefers the newest suggestion of the variant's size", () => {
    const older = row("old20", 20, 250_000, { created_at: hoursAgo(30) })
    expect(suggestionToFinalize([older, ...offered], { price: 310_000, metadata: twentyCm }, NOW)?.id).toBe("s20")
  })

  it("ignores a save that did not change the price (a title edit)", () => {
    expect(suggestionToFinalize(offered, { price: 280_000, metadata: twentyCm }, NOW)).toBeNull()
  })

  it("ignores a variant without a UZS price", () => {
    expect(suggestionToFinalize(offered, { price: null, metadata: twentyCm }, NOW)).toBeNull()
  })

  it("ignores suggestions older than two weeks", () => {
    const stale = offered.map((suggestion) => ({ ...suggestion, created_at: hoursAgo(15 * 24) }))
    expect(suggestionToFinalize(stale, { price: 310_000, metadata: twentyCm }, NOW)).toBeNull()
  })

  it("does not finalize a size offered beside one already applied", () => {
    // "Apply" finalized the 24 cm row half an hour ago; a later price edit must not finalize its siblings
    const applied = [row("s16", 16, 190_000), row("s20", 20, 300_000), row("s24", 24, 420_000, { finalized_at: hoursAgo(0.5) })]
    expect(suggestionToFinalize(applied, { price: 310_000, metadata: null }, NOW)).toBeNull()
    expect(suggestionToFinalize(applied, { price: 310_000, metadata: twentyCm }, NOW)).toBeNull()
  })

  it("finalizes a suggestion asked after the last applied one", () => {
    const applied = row("applied", 20, 300_000, { created_at: hoursAgo(5), finalized_at: hoursAgo(4) })
    const asked = row("asked", 20, 320_000, { created_at: hoursAgo(2) })
    expect(suggestionToFinalize([applied, asked], { price: 330_000, metadata: twentyCm }, NOW)?.id).toBe("asked")
  })

  it("treats sizes within half a centimetre as the same size (scaled sizes carry float noise)", () => {
    const scaled = row("scaled", 20.000000001, 300_000)
    expect(suggestionToFinalize([scaled], { price: 310_000, metadata: twentyCm }, NOW)?.id).toBe("scaled")
  })
})
