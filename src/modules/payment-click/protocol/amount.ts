import { MedusaError } from "@medusajs/framework/utils"

/* Click sends and expects soums as a decimal string ("1000.00"); the code keeps money in tiyin (1 soum = 100 tiyin)
 * as bigint, so no float ever touches an amount. */
const CLICK_AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/

export function clickAmountToTiyin(amount: string): bigint {
  const match = CLICK_AMOUNT.exec(amount)
  if (!match) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${amount}" is not a Click amount such as "1000.00"`)
  }
  const [, soums, fraction = ""] = match
  return BigInt(soums) * 100n + BigInt(fraction.padEnd(2, "0"))
}

export function tiyinToClickAmount(tiyin: bigint): string {
  if (tiyin < 0n) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A Click amount cannot be negative (${tiyin} tiyin)`)
  }
  return `${tiyin / 100n}.${(tiyin % 100n).toString().padStart(2, "0")}`
}
