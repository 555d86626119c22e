export const STORE_NAME = "Dasturxon"

export const DEFAULT_CURRENCY = "uzs"
export const STORE_CURRENCIES = [DEFAULT_CURRENCY, "usd"] as const

export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
export const SYSTEM_TAX_PROVIDER = "tp_system"
export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

export const UZBEKISTAN_REGION = "Uzbekistan"
export const INTERNATIONAL_COUNTRIES = ["us", "gb", "de", "kz", "ru", "tr", "ae"]

export const REGIONS = [
  { name: UZBEKISTAN_REGION, currency_code: "uzs", countries: ["uz"] },
  { name: "International", currency_code: "usd", countries: INTERNATIONAL_COUNTRIES },
]

/** Gateways offered per region currency, each only when its provider is configured (Payme and Click take UZS only). */
export const REGION_GATEWAYS: Record<string, string[]> = {
  uzs: ["pp_payme_payme", "pp_click_click", "pp_telegram_telegram"],
  usd: ["pp_stripe_stripe"],
}

export const SALES_CHANNELS = [
  { name: "Telegram", description: "Orders placed through the Dasturxon Telegram bot", keyTitle: "Telegram storefront" },
  { name: "Web", description: "Orders placed on the Dasturxon web storefront", keyTitle: "Web storefront" },
]

export const STOCK_LOCATION = {
  name: "Bukhara kitchen",
  address: {
    address_1: "Bahouddin Naqshband koʻchasi 12",
    city: "Bukhara",
    province: "Bukhara Region",
    postal_code: "200100",
    country_code: "uz",
    phone: "+998652230000",
  },
}
