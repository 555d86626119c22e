import { defineLink } from "@medusajs/framework/utils"
import BakeryModule from "../modules/bakery"
import CustomCakeModule from "../modules/custom-cake"

/** The bakery asked to make the cake; none when the store itself makes it. Read-only: the request keeps the id. */
export default defineLink(
  { linkable: CustomCakeModule.linkable.customCakeRequest, field: "bakery_id" },
  BakeryModule.linkable.bakery,
  { readOnly: true }
)
