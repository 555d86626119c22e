import { model } from "@medusajs/framework/utils"

/** A setting staff change at run time from the admin (shop open, delivery enabled, …), read on every request. */
const StoreSwitch = model
  .define("store_switch", {
    id: model.id({ prefix: "stsw" }).primaryKey(),
    key: model.text(),
    value: model.json(),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }])

export default StoreSwitch
