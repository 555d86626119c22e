const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
// Each suite starts with an empty MikroORM metadata store, as Medusa's starter does.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Each test file stores uploads in folders of its own: files run two at a time, and a suite that counts its stored
// files must not see another's (npm test gives the root and removes it afterwards).
const uploads = fs.mkdtempSync(path.join(process.env.DASTURXON_TEST_UPLOAD_ROOT ?? os.tmpdir(), "dasturxon-suite-"))
process.env.FILE_UPLOAD_DIR = path.join(uploads, "public")
process.env.FILE_PRIVATE_UPLOAD_DIR = path.join(uploads, "private")
