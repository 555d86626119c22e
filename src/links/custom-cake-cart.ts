import { defineLink } from "@medusajs/framework/utils"
import CartModule from "@medusajs/medusa/cart"
import CustomCakeModule from "../modules/custom-cake"

/** The cart an approval created, holding the cake at its final price. Read-only: the request keeps the id. */
export default defineLink(
  { linkable: CustomCakeModule.linkable.customCakeRequest, field: "cart_id" },
  CartModule.linkable.cart,
  { readOnly: true }
)
