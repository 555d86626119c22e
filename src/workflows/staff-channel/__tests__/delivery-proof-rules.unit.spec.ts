import { StaffChannelErrorCodes } from "../../../modules/staff-channel/error-codes"
import type { TicketStatus } from "../../../modules/staff-channel/transitions"
import { assertProofAllowed, deliveryNeedsProof, MAX_DELIVERY_PROOFS } from "../ticket-rules"

const ticket = (status: TicketStatus, fulfillment: "PICKUP" | "DELIVERY" = "DELIVERY") => ({
  id: "ptk_1",
  display_id: 7,
  status,
  fulfillment,
  accepted_by_id: "100",
  accepted_by_name: "Baker",
  courier_id: "200",
  courier_name: "Courier",
})
const codeOf = (check: () => void) => {
  try {
    check()
    return null
  } catch (error) {
    return (error as { code?: string }).code
  }
}

describe("proof of delivery rules", () => {
  it("takes the courier's photos on the road and just after handing over, up to the limit", () => {
    expect(codeOf(() => assertProofAllowed(ticket("OUT_FOR_DELIVERY"), "200", 0))).toBeNull()
    expect(codeOf(() => assertProofAllowed(ticket("DELIVERED"), "200", MAX_DELIVERY_PROOFS - 1))).toBeNull()
    expect(codeOf(() => assertProofAllowed(ticket("DELIVERED"), "200", MAX_DELIVERY_PROOFS))).toBe(StaffChannelErrorCodes.DELIVERY_PROOF_LIMIT)
  })

  it("refuses anyone but the ticket's courier, and every other step or a pickup order", () => {
    expect(codeOf(() => assertProofAllowed(ticket("OUT_FOR_DELIVERY"), "100", 0))).toBe(StaffChannelErrorCodes.NOT_TICKET_COURIER)
    for (const status of ["NEW", "ACCEPTED", "PREPARING", "READY", "CANCELLED"] as const) {
      expect(codeOf(() => assertProofAllowed(ticket(status), "200", 0))).toBe(StaffChannelErrorCodes.DELIVERY_PROOF_NOT_NOW)
    }
    expect(codeOf(() => assertProofAllowed(ticket("PICKED_UP", "PICKUP"), "200", 0))).toBe(StaffChannelErrorCodes.DELIVERY_PROOF_NOT_NOW)
  })

  it("makes the chats wait for a photo before Delivered only when the setting asks, never the admin", () => {
    const courier = { type: "courier" as const, id: "200", name: "Courier" }
    expect(deliveryNeedsProof("DELIVERED", courier, true)).toBe(true)
    expect(deliveryNeedsProof("DELIVERED", { type: "staff", id: "100", name: "Baker" }, true)).toBe(true)
    expect(deliveryNeedsProof("DELIVERED", { type: "admin", id: "user_1", name: "Admin" }, true)).toBe(false)
    expect(deliveryNeedsProof("OUT_FOR_DELIVERY", courier, true)).toBe(false)
    expect(deliveryNeedsProof("DELIVERED", courier, false)).toBe(false)
  })
})
