import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import CustomCakeModule from "../modules/custom-cake"

/** The order the paid cart became. Read-only: the request keeps the id. */
export default defineLink(
  { linkable: CustomCakeModule.linkable.customCakeRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
