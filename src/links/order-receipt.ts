import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ReceiptModule from "../modules/receipt"

/** The receipt of a paid order (one each); created with the receipt by the generate-order-receipt workflow. */
export default defineLink(OrderModule.linkable.order, ReceiptModule.linkable.receipt)
