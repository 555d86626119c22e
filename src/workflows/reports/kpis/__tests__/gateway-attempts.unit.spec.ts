import { attemptsOfSeller } from "../gateway-attempts"

const payme = (payment_collection_id: string, state: number) => ({ payment_collection_id, state })
const click = (payment_collection_id: string, status: string) => ({ payment_collection_id, status })

describe("one seller's gateway attempts", () => {
  // counted by the database for those recorded with bak_1
  const recorded = { payme: [{ state: 2, count: 4 }], click: [{ status: "CANCELLED", count: 1 }] }
  const withoutSeller = {
    payme: [payme("paycol_3", -1), payme("paycol_4", 2), payme("paycol_5", -1)],
    click: [click("paycol_3", "COMPLETED"), click("paycol_6", "CANCELLED")],
  }
  // paycol_3 leads to bak_1, paycol_4 to the store; paycol_5 and paycol_6 to no seller
  const sellers = new Map([
    ["paycol_3", "bak_1"],
    ["paycol_4", "store"],
  ])

  it("keeps the recorded counts and adds, one each, the unrecorded attempts the links attribute to the seller", () => {
    expect(attemptsOfSeller(recorded, withoutSeller, sellers, "bak_1")).toEqual({
      payme: [{ state: 2, count: 4 }, { state: -1, count: 1 }],
      click: [{ status: "CANCELLED", count: 1 }, { status: "COMPLETED", count: 1 }],
      unattributed: 2,
    })
  })

  it("counts as unattributed only the unrecorded attempts no link places, whoever the seller asked", () => {
    const store = attemptsOfSeller({ payme: [], click: [] }, withoutSeller, sellers, "store")
    expect(store).toEqual({ payme: [{ state: 2, count: 1 }], click: [], unattributed: 2 })
    expect(attemptsOfSeller(recorded, { payme: [], click: [] }, new Map(), "bak_1")).toEqual({ ...recorded, unattributed: 0 })
  })
})
