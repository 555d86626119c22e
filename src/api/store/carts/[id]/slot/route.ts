import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { SCHEDULING_MODULE } from "../../../../../modules/scheduling"
import type SchedulingModuleService from "../../../../../modules/scheduling/service"
import { holdCartSlotWorkflow } from "../../../../../workflows/scheduling/hold-cart-slot"
import { releaseCartSlotWorkflow } from "../../../../../workflows/scheduling/release-cart-slot"
import type { StoreHoldCartSlotType } from "./validators"

const BOOKING_FIELDS = ["id", "type", "date", "starts_at", "ends_at", "status", "expires_at", "order_id"] as const

/** GET /store/carts/:id/slot: the slot the cart holds (or its order booked), or null. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const [slot] = await req.scope
    .resolve<SchedulingModuleService>(SCHEDULING_MODULE)
    .listSlotBookings({ cart_id: req.params.id, status: ["HELD", "BOOKED"] }, { select: [...BOOKING_FIELDS] })
  res.json({ slot: slot ?? null })
}

/** POST /store/carts/:id/slot: hold a slot for the cart until SLOT_HOLD_MINUTES pass (replacing the one it held). */
export const POST = async (req: MedusaStoreRequest<StoreHoldCartSlotType>, res: MedusaResponse) => {
  const { result } = await holdCartSlotWorkflow(req.scope).run({ input: { cart_id: req.params.id, ...req.validatedBody } })
  res.json({ slot: Object.fromEntries(BOOKING_FIELDS.map((field) => [field, result[field]])) })
}

/** DELETE /store/carts/:id/slot: let go of the held slot. */
export const DELETE = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { result } = await releaseCartSlotWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.json({ id: result?.id ?? null, object: "slot", deleted: !!result })
}
