import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BakeryModule from "../modules/bakery"

/** The bakery that sold an order (set when the order is placed); orders of the store itself have none. */
export default defineLink(BakeryModule.linkable.bakery, { linkable: OrderModule.linkable.order, isList: true })
