import type { FulfillmentWorkflow, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SCHEDULING_MODULE } from "../../../modules/scheduling"
import type SchedulingModuleService from "../../../modules/scheduling/service"
import type { StoreSwitches } from "../../../modules/scheduling/switches"

/** The shipping option type of courier delivery (src/scripts/seed/data/fulfillment.ts): the options the fee prices. */
export const COURIER_OPTION_TYPE = "courier"

type OptionPrice = { id: string; currency_code: string; amount: number; price_rules?: { attribute: string; operator: string; value: string }[] }
type CourierOption = { id: string; type?: { code: string } | null; prices?: OptionPrice[] }
/** The courier prices' amounts before the first fee, by price id: what `delivery_fee: null` gives back. */
type OwnPrices = Record<string, number>
type UpdateShippingOptionsWorkflowInput = FulfillmentWorkflow.UpdateShippingOptionsWorkflowInput
/** The fee row's JSON before this change, put back if the workflow fails later. */
type Undo = { id: string; stored: Record<string, unknown> } | null
type FeeRow = { id: string; value: { value: unknown; own_prices?: OwnPrices } }

async function readCourierOptions(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: options }, { data: stores }] = await Promise.all([
    query.graph({
      entity: "shipping_option",
      fields: ["id", "type.code", "prices.id", "prices.currency_code", "prices.amount", "prices.price_rules.attribute", "prices.price_rules.operator", "prices.price_rules.value"],
    }),
    query.graph({ entity: "store", fields: ["supported_currencies.currency_code", "supported_currencies.is_default"] }),
  ])
  const currency = (stores[0]?.supported_currencies ?? []).find((supported: { is_default?: boolean } | null) => supported?.is_default)?.currency_code
  const courier = (options as unknown as CourierOption[]).filter((option) => option.type?.code === COURIER_OPTION_TYPE)
  return { courier, currency }
}

/** Every price of the option kept as it is (id, rules), the store currency's ones at `amountOf(price)`. */
function repriced(option: CourierOption, currency: string, amountOf: (price: OptionPrice) => number): UpdateShippingOptionsWorkflowInput {
  return {
    id: option.id,
    prices: (option.prices ?? []).map((price) => ({
      id: price.id,
      currency_code: price.currency_code,
      amount: price.currency_code === currency ? amountOf(price) : price.amount,
      rules: (price.price_rules ?? []).map(({ attribute, operator, value }) => ({ attribute, operator, value }) as never),
    })),
  }
}

/**
 * When `delivery_fee` is in the change: the courier options' new prices in the store's default currency (the fee, or
 * back to their own price for null), and the own prices remembered on the fee's switch row so null can restore
 * them. Other currencies keep their prices. Undone: the row's memory as it was (Medusa's workflow undoes prices).
 */
export const planCourierPricesStep = createStep(
  "plan-courier-prices",
  async (changes: Partial<StoreSwitches>, { container }) => {
    const nothing = () => new StepResponse<UpdateShippingOptionsWorkflowInput[], Undo>([], null)
    if (!("delivery_fee" in changes)) return nothing()
    const fee = changes.delivery_fee ?? null
    const scheduling = container.resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    const [row] = (await scheduling.listStoreSwitches({ key: "delivery_fee" })) as unknown as FeeRow[]
    const { courier, currency } = await readCourierOptions(container)
    if (!row || !currency) return nothing()
    const remembered = row.value.own_prices ?? {}
    const stored: Record<string, unknown> = { ...row.value }
    if (fee === null) {
      await scheduling.replaceStoreSwitchValue(row.id, { value: null })
      const updates = courier.map((option) => repriced(option, currency, (price) => remembered[price.id] ?? price.amount))
      return new StepResponse<UpdateShippingOptionsWorkflowInput[], Undo>(updates, { id: row.id, stored })
    }
    const current = courier.flatMap((option) => option.prices ?? []).filter((price) => price.currency_code === currency)
    // A price first seen now (a new courier option) is remembered as it is; one remembered keeps its first amount.
    const ownPrices: OwnPrices = { ...Object.fromEntries(current.map((price) => [price.id, price.amount])), ...remembered }
    await scheduling.replaceStoreSwitchValue(row.id, { value: fee, own_prices: ownPrices })
    return new StepResponse<UpdateShippingOptionsWorkflowInput[], Undo>(courier.map((option) => repriced(option, currency, () => fee)), { id: row.id, stored })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).replaceStoreSwitchValue(undo.id, undo.stored)
  }
)
