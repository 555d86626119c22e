import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BakeryModule from "../modules/bakery"

/** The bakery that sells a product; a product without one is sold by the store itself. At most one per product. */
export default defineLink(BakeryModule.linkable.bakery, { linkable: ProductModule.linkable.product, isList: true })
