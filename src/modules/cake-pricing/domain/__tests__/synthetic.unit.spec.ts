import { baselinePrice } from "../baseline"
import { type CakeFeatures, CakeFeaturesSchema, ingredientCost } from "../features"
import { type CakeSample, DEMO_INGREDIENTS, generateCakeSamples } from "../synthetic"

const NOW = new Date("2026-01-01T00:00:00Z")
const DAY_MS = 24 * 60 * 60 * 1000
const samples = generateCakeSamples(2000, 7, { now: NOW, days: 180 })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const where = (keep: (features: CakeFeatures) => boolean) => samples.filter((sample) => keep(sample.features))
const priceToBaseline = (chosen: CakeSample[]) => mean(chosen.map((s) => s.price / baselinePrice(s.features, DEMO_INGREDIENTS)))

describe("generateCakeSamples", () => {
  it("gives the same samples for the same seed and different ones for another", () => {
    expect(generateCakeSamples(50, 7, { now: NOW })).toEqual(generateCakeSamples(50, 7, { now: NOW }))
    expect(generateCakeSamples(50, 8, { now: NOW })).not.toEqual(generateCakeSamples(50, 7, { now: NOW }))
  })

  it("makes valid cakes whose ingredients are all on the demo price list", () => {
    for (const { features } of samples) {
      expect(CakeFeaturesSchema.parse(features)).toEqual(features)
      expect(ingredientCost(features, DEMO_INGREDIENTS)).toBeGreaterThan(0)
    }
  })

  it("prices in positive whole thousands of UZS", () => {
    expect(samples.every(({ price }) => Number.isInteger(price / 1000) && price > 0)).toBe(true)
  })

  it("spreads created_at over the last `days` days in increasing order", () => {
    const times = samples.map((sample) => sample.created_at.getTime())
    expect(times.every((time, index) => index === 0 || times[index - 1] <= time)).toBe(true)
    expect(times[0]).toBeGreaterThanOrEqual(NOW.getTime() - 180 * DAY_MS)
    expect(times[times.length - 1]).toBeLessThanOrEqual(NOW.getTime())
    // spread, not bunched: the first and last tenth of the samples are far apart
    expect(times[times.length - 200] - times[199]).toBeGreaterThan(100 * DAY_MS)
  })

  it("prices a 16 cm single-tier birthday cake around 150–300k UZS and a 3-tier wedding cake around 1.5–4M", () => {
    const small = where(
      (f) => f.shape === "round" && f.tiers.length === 1 && "size_cm" in f.tiers[0] && f.tiers[0].size_cm === 16
        && f.event_type === "birthday" && !f.rush
    )
    const wedding = where((f) => f.event_type === "wedding" && f.tiers.length === 3)
    expect(small.length).toBeGreaterThan(30)
    expect(wedding.length).toBeGreaterThan(30)
    expect(median(small.map((s) => s.price))).toBeGreaterThanOrEqual(150_000)
    expect(median(small.map((s) => s.price))).toBeLessThanOrEqual(300_000)
    expect(median(wedding.map((s) => s.price))).toBeGreaterThanOrEqual(1_500_000)
    expect(median(wedding.map((s) => s.price))).toBeLessThanOrEqual(4_000_000)
  })

  it("prices by more than cost-plus: weddings and hearts carry premiums the baseline does not see", () => {
    const weddings = priceToBaseline(where((f) => f.event_type === "wedding"))
    const birthdays = priceToBaseline(where((f) => f.event_type === "birthday"))
    expect(weddings / birthdays).toBeGreaterThan(1.3)
    const hearts = priceToBaseline(where((f) => f.shape === "heart" && f.tiers.length === 1))
    const rounds = priceToBaseline(where((f) => f.shape === "round" && f.tiers.length === 1))
    expect(hearts / rounds).toBeGreaterThan(1.05)
  })
})
