import { MedusaError } from "@medusajs/framework/utils"

export type PaymeCheckoutInput = {
  checkoutUrl: string
  merchantId: string
  accountField: string
  accountValue: string
  amountTiyin: string
  returnUrl?: string
  lang?: "ru" | "uz" | "en"
}

/*
 * Payme splits the decoded parameters on ";" and "=" and documents no escaping (whether it percent-decodes a value is
 * unverified), so a value holding either character is refused rather than encoded.
 */
function formatSafe(value: string, what: string, hint = ""): string {
  if (!value || /[;=]/.test(value)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The Payme ${what} "${value}" cannot go into a checkout link: ` +
        `it must be non-empty and contain neither ";" nor "="${hint}.`
    )
  }
  return value
}

/** The GET checkout link: `<checkoutUrl>/<base64("m=…;ac.<field>=…;a=…;l=…;c=…")>` (protocol doc §1.10). */
export function paymeCheckoutUrl(input: PaymeCheckoutInput): string {
  if (!/^[1-9]\d*$/.test(input.amountTiyin)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The Payme amount must be a positive whole number of tiyin (got "${input.amountTiyin}").`
    )
  }
  const pairs = [
    `m=${formatSafe(input.merchantId, "merchant id")}`,
    `ac.${formatSafe(input.accountField, "account field")}=${formatSafe(input.accountValue, "account value")}`,
    `a=${input.amountTiyin}`,
  ]
  if (input.lang) {
    pairs.push(`l=${input.lang}`)
  }
  if (input.returnUrl) {
    pairs.push(`c=${formatSafe(input.returnUrl, "return URL", "; put its data in the path instead of a query string")}`)
  }
  const encoded = Buffer.from(pairs.join(";"), "utf8").toString("base64")
  return `${input.checkoutUrl.replace(/\/+$/, "")}/${encoded}`
}
