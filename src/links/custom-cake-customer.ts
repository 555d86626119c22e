import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CustomCakeModule from "../modules/custom-cake"

/** The customer who asked for the cake. Read-only: the request keeps the id. */
export default defineLink(
  { linkable: CustomCakeModule.linkable.customCakeRequest, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
