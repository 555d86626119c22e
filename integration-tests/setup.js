// Each suite starts with an empty MikroORM metadata store, as Medusa's starter does.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()
