import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { CART_HOLD_MODULE } from "../../../modules/cart-hold"
import { CartHoldErrorCodes } from "../../../modules/cart-hold/error-codes"
import type CartHoldModuleService from "../../../modules/cart-hold/service"
import type { StockHoldStatus } from "../../../modules/cart-hold/statuses"
import type { HoldLine, HoldLines } from "./resolve-hold-lines"

export type TakeStockHoldsInput = HoldLines & {
  cart_id: string
  /** The code a refusal for other carts' holds carries: STOCK_HELD when adding, HOLD_EXPIRED when completing. */
  refusal_code: typeof CartHoldErrorCodes.STOCK_HELD | typeof CartHoldErrorCodes.HOLD_EXPIRED
  /** A cart the gateway has taken the money for competes only with orders, not with other carts' holds. */
  ignore_other_holds?: boolean
}

type HoldRow = { id: string; quantity: number; expires_at: Date; status: StockHoldStatus }
type Undo = { created: string[]; previous: HoldRow[] }

/** The lock of one inventory item's holds: a check and its write happen under it, so two carts never share the last unit. */
export const stockHoldLockKey = (inventoryItemId: string) => `cart-hold:${inventoryItemId}`

const sameRow = (line: HoldLine) => (row: { variant_id: string; inventory_item_id: string }) =>
  row.variant_id === line.variant_id && row.inventory_item_id === line.inventory_item_id

function refusal(input: TakeStockHoldsInput, title: string, free: number): MedusaError {
  const minutes = readEnv().CART_HOLD_MINUTES
  const message =
    input.refusal_code === CartHoldErrorCodes.HOLD_EXPIRED
      ? `Your cart's hold on ${title} has expired and the last ones are in other customers' carts now; lower the quantity or try again within ${minutes} minutes.`
      : `The last ${title} are held in other customers' carts (${Math.max(free, 0)} free now); try again within ${minutes} minutes.`
  return new MedusaError(MedusaError.Types.CONFLICT, message, input.refusal_code)
}

/**
 * Holds the cart's wanted units of each inventory item for CART_HOLD_MINUTES: what Medusa counts as available
 * (stocked − reserved at the sales channel's locations) less what other carts hold must cover it; a shortage of
 * stock itself is left to Medusa's inventory check, which follows, so its insufficient_inventory answer stays. Checked and
 * written under a lock per inventory item; a hold already covering the quantity is only refreshed. A line of 0
 * releases its hold. Undone by putting the rows back as they were.
 */
export const takeStockHoldsStep = createStep(
  "take-stock-holds",
  async (input: TakeStockHoldsInput, { container }) => {
    const itemIds = [...new Set(input.lines.map((line) => line.inventory_item_id))]
    if (!itemIds.length || !input.location_ids.length) return new StepResponse([] as string[], { created: [], previous: [] } as Undo)
    const holds = container.resolve<CartHoldModuleService>(CART_HOLD_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const expiresAt = new Date(Date.now() + readEnv().CART_HOLD_MINUTES * 60_000)

    const undo = await locking.execute(itemIds.map(stockHoldLockKey), async () => {
      const own = await holds.listStockHolds({ cart_id: input.cart_id, status: "HELD", inventory_item_id: itemIds })
      const others = input.ignore_other_holds ? new Map<string, number>() : await holds.heldByOtherCarts(itemIds, input.cart_id)
      const short = new Set<string>()
      for (const itemId of itemIds) {
        const lines = input.lines.filter((line) => line.inventory_item_id === itemId)
        const wanted = lines.reduce((sum, line) => sum + line.quantity, 0)
        const held = own.filter((row) => lines.some((line) => sameRow(line)(row))).reduce((sum, row) => sum + row.quantity, 0)
        if (wanted <= held) continue
        const available = Number(await inventory.retrieveAvailableQuantity(itemId, input.location_ids))
        // too few in stock at all: Medusa's own inventory check, right after, refuses with insufficient_inventory
        if (wanted > available) {
          short.add(itemId)
          continue
        }
        const free = available - (others.get(itemId) ?? 0)
        if (wanted > free) throw refusal(input, lines[0].title, free)
      }
      const previous: HoldRow[] = []
      const toCreate: { cart_id: string; variant_id: string; inventory_item_id: string; quantity: number; expires_at: Date }[] = []
      const toUpdate: (Pick<HoldRow, "id"> & Partial<HoldRow>)[] = []
      for (const line of input.lines.filter((candidate) => !short.has(candidate.inventory_item_id))) {
        const row = own.find(sameRow(line))
        if (row) {
          previous.push({ id: row.id, quantity: row.quantity, expires_at: row.expires_at, status: row.status })
          toUpdate.push(line.quantity > 0 ? { id: row.id, quantity: line.quantity, expires_at: expiresAt } : { id: row.id, status: "RELEASED" })
        } else if (line.quantity > 0) {
          toCreate.push({ cart_id: input.cart_id, variant_id: line.variant_id, inventory_item_id: line.inventory_item_id, quantity: line.quantity, expires_at: expiresAt })
        }
      }
      if (toUpdate.length) await holds.updateStockHolds(toUpdate)
      const created = toCreate.length ? await holds.createStockHolds(toCreate) : []
      return { created: created.map((row) => row.id), previous }
    }, { timeout: 10 })
    return new StepResponse([...undo.created, ...undo.previous.map((row) => row.id)], undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const holds = container.resolve<CartHoldModuleService>(CART_HOLD_MODULE)
    if (undo.created.length) await holds.deleteStockHolds(undo.created)
    if (undo.previous.length) await holds.updateStockHolds(undo.previous)
  }
)
