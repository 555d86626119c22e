import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import BakeryModule from "../modules/bakery"

/** Where a bakery keeps and hands out its goods. */
export default defineLink(BakeryModule.linkable.bakery, { linkable: StockLocationModule.linkable.stockLocation, isList: true })
