import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"

/*
 * `medusa build` compiles TypeScript only, so in a built server (.medusa/server/src/scripts/seed) the pictures
 * are not beside this file; they are then read from the project's source tree.
 */
function imageFolderCandidates(): string[] {
  return [
    path.join(__dirname, "images"),
    path.resolve(__dirname, "../../../../../src/scripts/seed/images"),
    path.resolve(process.cwd(), "src/scripts/seed/images"),
  ]
}

function findImageFolder(fileNames: string[]): string {
  const candidates = imageFolderCandidates()
  const folder = candidates.find((candidate) => fileNames.every((name) => existsSync(path.join(candidate, name))))
  if (!folder) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `The seed's product images (${fileNames.join(", ")}) are missing; looked in: ${candidates.join(", ")}. ` +
        "They live in src/scripts/seed/images (make-images.sh draws them)."
    )
  }
  return folder
}

/** Uploads the pictures through the File module and returns their public URLs by file name. */
export async function uploadProductImages(ctx: SeedContext, fileNames: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(fileNames)]
  if (!unique.length) return new Map()
  const folder = findImageFolder(unique)
  const { result } = await uploadFilesWorkflow(ctx.container).run({
    input: {
      files: unique.map((name) => ({
        // the folder of product photos, the one a bucket without object ACLs opens to anonymous reads
        filename: `products/${name}`,
        mimeType: "image/jpeg",
        content: readFileSync(path.join(folder, name)).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  if (result.length !== unique.length) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Uploaded ${result.length} of ${unique.length} product images`)
  }
  // The upload step keeps the input order.
  return new Map(unique.map((name, index) => [name, result[index].url]))
}
