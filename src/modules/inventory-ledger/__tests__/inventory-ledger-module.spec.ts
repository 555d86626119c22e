import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { INVENTORY_LEDGER_MODULE } from ".."
import { daysSpan } from "../../reports/days"
import { datesBetween } from "../../scheduling/slots"
import type { MovementReason } from "../movements"
import type InventoryLedgerModuleService from "../service"
import { inventoryTurnover } from "../../../workflows/reports/kpis/turnover"
import { stockDay } from "./stock-day"

jest.setTimeout(60_000)

const TZ = "Asia/Tashkent"
const FROM = "2026-12-01"
const TO = "2026-12-05"

type Movement = { item: string; location: string; reason: MovementReason; at: string; before: number; after: number }

const move = (item: string, location: string, reason: MovementReason, at: string, before: number, after: number): Movement => ({ item, location, reason, at, before, after })

// A ledger in Tashkent (UTC+5): a movement at local midnight, a day without movements between two movement days, two
// locations of one item, and movements just outside the range.
const LEDGER = [
  move("iitem_a", "loc_1", "INCOMING", "2026-12-02T00:00:00+05:00", 5, 15),
  move("iitem_a", "loc_1", "SALE", "2026-12-02T10:00:00+05:00", 15, 12),
  move("iitem_a", "loc_1", "LOSS", "2026-12-04T09:00:00+05:00", 12, 10),
  move("iitem_a", "loc_1", "CORRECTION", "2026-12-04T18:00:00+05:00", 10, 11),
  move("iitem_a", "loc_2", "SALE", "2026-12-01T08:00:00+05:00", 7, 6),
  move("iitem_a", "loc_2", "SALE", "2026-12-05T23:59:00+05:00", 6, 0),
  move("iitem_b", "loc_1", "INCOMING", "2026-11-30T23:59:00+05:00", 0, 9),
  move("iitem_b", "loc_1", "INCOMING", "2026-12-03T12:00:00+05:00", 9, 13),
  move("iitem_b", "loc_1", "SALE", "2026-12-06T00:00:00+05:00", 13, 12),
]

// The schema comes from the module's own migrations, so these tests check the queries against the tables that ship.
moduleIntegrationTestRunner<InventoryLedgerModuleService>({
  moduleName: INVENTORY_LEDGER_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const record = (movements: Movement[]) =>
      service.createStockMovements(
        movements.map((row) => ({
          inventory_item_id: row.item,
          location_id: row.location,
          reason: row.reason,
          quantity: row.after - row.before,
          quantity_before: row.before,
          quantity_after: row.after,
          actor_type: "user",
          created_at: new Date(row.at),
        }))
      )

    describe("listStockDays", () => {
      beforeEach(() => record(LEDGER))

      it("sums an item's movements per location and calendar day in the time zone, with the day's first and last level", async () => {
        const days = await service.listStockDays({ ...daysSpan(FROM, TO, TZ), timeZone: TZ })
        expect(days).toEqual([
          // the movement at local midnight belongs to Dec 2
          stockDay("iitem_a", "2026-12-02", 5, 12, { sold: 3 }),
          stockDay("iitem_a", "2026-12-04", 12, 11, { lost: 2, corrections: 1 }),
          stockDay("iitem_a", "2026-12-01", 7, 6, { sold: 1 }, "loc_2"),
          stockDay("iitem_a", "2026-12-05", 6, 0, { sold: 6 }, "loc_2"),
          // the Nov 30 and Dec 6 movements are outside the range
          stockDay("iitem_b", "2026-12-03", 9, 13),
        ])
        // day ends: loc_1 5, 12, 12, 11, 11 and loc_2 6, 6, 6, 6, 0 → average 75 / 5; iitem_b 9, 9, 13, 13, 13 → 57 / 5
        expect(inventoryTurnover(days, datesBetween(FROM, TO))).toEqual([
          { inventory_item_id: "iitem_a", sold: 10, lost: 2, corrections: 1, opening_stock: 12, closing_stock: 11, average_stock: 15, turnover_ratio: 0.6667, loss_share: 0.1667 },
          { inventory_item_id: "iitem_b", sold: 0, lost: 0, corrections: 0, opening_stock: 9, closing_stock: 13, average_stock: 11.4, turnover_ratio: 0, loss_share: null },
        ])
      })

      it("keeps to the given items", async () => {
        const range = { ...daysSpan(FROM, TO, TZ), timeZone: TZ }
        expect((await service.listStockDays({ ...range, items: ["iitem_b"] })).map((row) => row.inventory_item_id)).toEqual(["iitem_b"])
        expect(await service.listStockDays({ ...range, items: [] })).toEqual([])
      })
    })

    describe("countWriteOffs", () => {
      // write-offs (SALE, LOSS) in Dec 1–5 Tashkent, and the CORRECTIONs that may follow them within 7 days
      beforeEach(() =>
        record([
          // one correction 7 days after the first sale (exactly) and 6 after the second: both corrected
          move("iitem_c", "loc_1", "SALE", "2026-12-02T10:00:00+05:00", 9, 8),
          move("iitem_c", "loc_1", "SALE", "2026-12-03T10:00:00+05:00", 8, 7),
          move("iitem_c", "loc_1", "CORRECTION", "2026-12-09T10:00:00+05:00", 7, 8),
          // a correction 7 days and a second after the write-off, and one an hour before another: neither counts
          move("iitem_d", "loc_1", "LOSS", "2026-12-01T08:00:00+05:00", 5, 4),
          move("iitem_d", "loc_1", "CORRECTION", "2026-12-08T08:00:01+05:00", 4, 5),
          move("iitem_g", "loc_1", "CORRECTION", "2026-12-04T11:00:00+05:00", 5, 6),
          move("iitem_g", "loc_1", "SALE", "2026-12-04T12:00:00+05:00", 6, 5),
          // a sale before the range is no write-off of it; two corrections of one sale count it once
          move("iitem_e", "loc_1", "SALE", "2026-11-30T23:00:00+05:00", 3, 2),
          move("iitem_e", "loc_1", "SALE", "2026-12-05T20:00:00+05:00", 2, 1),
          move("iitem_e", "loc_1", "CORRECTION", "2026-12-06T09:00:00+05:00", 1, 2),
          move("iitem_e", "loc_1", "CORRECTION", "2026-12-07T09:00:00+05:00", 2, 3),
          // incoming stock is no write-off, whatever follows it
          move("iitem_f", "loc_1", "INCOMING", "2026-12-02T09:00:00+05:00", 0, 4),
          move("iitem_f", "loc_1", "CORRECTION", "2026-12-03T09:00:00+05:00", 4, 3),
        ])
      )

      it("counts the range's write-offs and those a correction of the same item followed within the window", async () => {
        const range = daysSpan(FROM, TO, TZ)
        expect(await service.countWriteOffs(range, 7)).toEqual({ write_offs: 5, corrected: 3 })
        expect(await service.countWriteOffs({ ...range, items: ["iitem_d", "iitem_e"] }, 7)).toEqual({ write_offs: 2, corrected: 1 })
        expect(await service.countWriteOffs({ ...range, items: [] }, 7)).toEqual({ write_offs: 0, corrected: 0 })
      })
    })
  },
})
