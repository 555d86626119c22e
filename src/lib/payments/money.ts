import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

/*
 * Medusa keeps amounts in major units (soum); Payme and Click count tiyin (1 soum = 100 tiyin). The conversion
 * happens only at the gateway boundary, exactly, with BigInt: a float would turn 1.15 soum into 114 tiyin.
 */
export const TIYIN_PER_SOUM = 100

export function soumToTiyin(amount: BigNumberInput): bigint {
  const tiyin = MathBN.mult(MathBN.convert(amount), TIYIN_PER_SOUM)
  if (!tiyin.isFinite() || !tiyin.isInteger() || tiyin.isNegative()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Amount ${MathBN.convert(amount).toString()} UZS is not a whole number of tiyin`)
  }
  return BigInt(tiyin.toFixed(0))
}

/** Exact soum text of a tiyin amount ("185000", "1.15"), for display. */
export function tiyinToSoum(tiyin: bigint): string {
  const sign = tiyin < 0n ? "-" : ""
  const abs = tiyin < 0n ? -tiyin : tiyin
  const fraction = abs % 100n
  return `${sign}${abs / 100n}${fraction ? `.${fraction.toString().padStart(2, "0").replace(/0$/, "")}` : ""}`
}
