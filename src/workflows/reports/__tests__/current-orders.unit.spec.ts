import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_STAMP_FIELDS, readCurrentOrders } from "../current-orders"

type StoredOrder = { id: string; status: string; total: number; refunds: string[] }

/** A container whose Query answers from `orders` and records what each graph call asked for. */
function fakeContainer(orders: StoredOrder[]) {
  const calls: { fields: string[]; ids?: string[] }[] = []
  const graph = async ({ fields, filters }: { fields: string[]; filters: { id?: string[] } }) => {
    calls.push({ fields, ids: filters.id })
    const rows = orders.filter((order) => !filters.id || filters.id.includes(order.id))
    const stamp = fields === ORDER_STAMP_FIELDS
    return {
      data: rows.map((order) =>
        stamp
          ? { id: order.id, status: order.status, payment_collections: [{ payments: [{ id: `pay_${order.id}`, refunds: order.refunds.map((id) => ({ id })) }] }] }
          : { id: order.id, status: order.status, total: order.total }
      ),
    }
  }
  return { container: { resolve: (key: string) => (key === ContainerRegistrationKeys.QUERY ? { graph } : undefined) } as any, calls }
}

const today = { created_at: { $gte: new Date("2026-12-06T19:00:00Z"), $lt: new Date("2026-12-07T19:00:00Z") }, is_draft_order: false as const }

describe("today's orders, read again only when their stamp moves", () => {
  it("reads every order in full once, then only the stamps while nothing changes", async () => {
    const orders = [
      { id: "order_a1", status: "pending", total: 100, refunds: [] },
      { id: "order_a2", status: "pending", total: 250, refunds: [] },
    ]
    const { container, calls } = fakeContainer(orders)
    expect(await readCurrentOrders(container, today)).toEqual([expect.objectContaining({ id: "order_a1", total: 100 }), expect.objectContaining({ id: "order_a2", total: 250 })])
    expect(calls.map((call) => call.ids)).toEqual([undefined, ["order_a1", "order_a2"]])

    calls.length = 0
    expect((await readCurrentOrders(container, today)).map((order) => order.id)).toEqual(["order_a1", "order_a2"])
    expect(calls).toEqual([{ fields: ORDER_STAMP_FIELDS, ids: undefined }])
  })

  it("reads again the orders a refund or a cancel changed, and the new ones, and leaves out those gone", async () => {
    const orders: StoredOrder[] = [
      { id: "order_b1", status: "pending", total: 100, refunds: [] },
      { id: "order_b2", status: "pending", total: 250, refunds: [] },
      { id: "order_b3", status: "pending", total: 75, refunds: [] },
    ]
    const { container, calls } = fakeContainer(orders)
    await readCurrentOrders(container, today)

    orders[0].refunds.push("ref_1")
    orders[0].total = 90
    orders[1].status = "canceled"
    orders.splice(2, 1)
    orders.push({ id: "order_b4", status: "pending", total: 40, refunds: [] })
    calls.length = 0
    const read = await readCurrentOrders(container, today)
    expect(calls.map((call) => call.ids)).toEqual([undefined, ["order_b1", "order_b2", "order_b4"]])
    expect(read).toEqual([
      expect.objectContaining({ id: "order_b1", total: 90 }),
      expect.objectContaining({ id: "order_b2", status: "canceled" }),
      expect.objectContaining({ id: "order_b4", total: 40 }),
    ])
  })

  it("leaves out an order deleted between the stamps and the full read", async () => {
    const { container } = fakeContainer([{ id: "order_c1", status: "pending", total: 10, refunds: [] }])
    const graph = container.resolve(ContainerRegistrationKeys.QUERY).graph
    const vanishing = {
      resolve: () => ({ graph: async (args: any) => (args.fields === ORDER_STAMP_FIELDS ? graph(args) : { data: [] }) }),
    } as any
    expect(await readCurrentOrders(vanishing, today)).toEqual([])
  })
})
