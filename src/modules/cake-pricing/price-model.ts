import { predictGbrt, trainGbrt, type GbrtModel, type GbrtParams } from "./gbrt"

/*
 * Every stored model learns log(price): a cake's price grows by factors (size, tiers, decoration, rush), which a sum
 * of trees fits far better in log space, and the errors it minimises become relative, fair to cheap and dear cakes.
 */
export function trainPriceModel(vectors: number[][], prices: number[], params?: Partial<GbrtParams>): GbrtModel {
  return trainGbrt(vectors, prices.map((price) => Math.log(price)), params)
}

/** The model's price in UZS, before rounding to the price list's step. */
export function modelPrice(model: GbrtModel, vector: number[]): number {
  return Math.exp(predictGbrt(model, vector))
}
