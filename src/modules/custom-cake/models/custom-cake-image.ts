import { model } from "@medusajs/framework/utils"
import CustomCakeRequest from "./custom-cake-request"

/**
 * A reference photo a customer uploaded, stored privately in the File module. It belongs to its uploader; a request
 * takes it when submitted (at most once), so nobody can attach another customer's photo by its id.
 */
const CustomCakeImage = model
  .define("custom_cake_image", {
    id: model.id({ prefix: "ccimg" }).primaryKey(),
    file_id: model.text(),
    customer_id: model.text(),
    mime_type: model.text(),
    size: model.number(),
    filename: model.text(),
    request: model.belongsTo(() => CustomCakeRequest, { mappedBy: "images" }).nullable(),
  })
  .indexes([{ on: ["customer_id", "created_at"] }])

export default CustomCakeImage
