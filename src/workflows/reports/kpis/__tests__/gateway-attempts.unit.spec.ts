import { attemptsOfSeller } from "../gateway-attempts"

const payme = (payment_collection_id: string, state: number, seller_id: string | null) => ({ payment_collection_id, state, seller_id })
const click = (payment_collection_id: string, status: string, seller_id: string | null) => ({ payment_collection_id, status, seller_id })

describe("one seller's gateway attempts", () => {
  const recorded = { payme: [payme("paycol_1", 2, "bak_1")], click: [click("paycol_2", "CANCELLED", "bak_1")] }
  const withoutSeller = {
    payme: [payme("paycol_3", -1, null), payme("paycol_4", 2, null), payme("paycol_5", -1, null)],
    click: [click("paycol_3", "COMPLETED", null), click("paycol_6", "CANCELLED", null)],
  }
  // paycol_3 leads to bak_1, paycol_4 to the store; paycol_5 and paycol_6 to no seller
  const sellers = new Map([
    ["paycol_3", "bak_1"],
    ["paycol_4", "store"],
  ])

  it("keeps the recorded ones and adds the unrecorded ones the links attribute to the seller", () => {
    expect(attemptsOfSeller(recorded, withoutSeller, sellers, "bak_1")).toEqual({
      payme: [payme("paycol_1", 2, "bak_1"), payme("paycol_3", -1, null)],
      click: [click("paycol_2", "CANCELLED", "bak_1"), click("paycol_3", "COMPLETED", null)],
      unattributed: 2,
    })
  })

  it("counts as unattributed only the unrecorded attempts no link places, whoever the seller asked", () => {
    const store = attemptsOfSeller({ payme: [], click: [] }, withoutSeller, sellers, "store")
    expect(store).toEqual({ payme: [payme("paycol_4", 2, null)], click: [], unattributed: 2 })
    expect(attemptsOfSeller(recorded, { payme: [], click: [] }, new Map(), "bak_1")).toEqual({ ...recorded, unattributed: 0 })
  })
})
