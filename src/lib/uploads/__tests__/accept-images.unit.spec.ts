import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import express, { type ErrorRequestHandler, type RequestHandler } from "express"
import type { Server } from "http"
import type { AddressInfo } from "net"
import { domainErrorHandler } from "../../../api/error-handler"
import { acceptedImagesOf, acceptImages, safeFilename } from "../accept-images"
import { GIF_1X1, PDF_MINIMAL, phonePhotoWithGps } from "./fixtures"

const MEGABYTE = 1024 * 1024
// A real 1×1 grey PNG and a real 1×1 lossless WebP; `file` and image viewers open both.
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64"
)
const WEBP_1X1 = Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64")
let phoneJpeg: Buffer

/** A PNG of exactly `size` bytes: the real image, then padding after its end (decoders stop at IEND). */
function pngOfSize(size: number): Buffer {
  return Buffer.concat([PNG_1X1, Buffer.alloc(size - PNG_1X1.length)])
}

type Answer = { status: number; body: any }

let server: Server
let baseUrl: string

// The project's own error handler answers, so the tests see the { type, code, message } a client gets.
function startApp(): Promise<Server> {
  const app = express()
  app.use(express.json()) // stands in for Medusa's JSON body parser, which runs before route middlewares
  const echo: RequestHandler = (req, res) => {
    const images = acceptedImagesOf(req as MedusaRequest).map(({ content, ...image }) => ({
      ...image,
      content: content.toString("base64"),
    }))
    res.json({ images, body: req.body, multer_files_left: "files" in req })
  }
  const sizes: RequestHandler = (req, res) => {
    res.json({ images: acceptedImagesOf(req as MedusaRequest).map(({ filename, mimeType, size }) => ({ filename, mimeType, size })) })
  }
  app.post("/optional", acceptImages() as unknown as RequestHandler, echo)
  app.post("/documents", acceptImages({ allowPdf: true }) as unknown as RequestHandler, sizes)
  app.post(
    "/required",
    acceptImages({ field: "photos", maxFiles: 2, maxBytes: MEGABYTE, required: true }) as unknown as RequestHandler,
    echo
  )
  const handleError: ErrorRequestHandler = (error, req, res, next) =>
    domainErrorHandler(error, req as MedusaRequest, res as MedusaResponse, next)
  app.use(handleError)
  return new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening))
  })
}

async function post(path: string, init: { body: FormData | string; contentType?: string }): Promise<Answer> {
  const headers = init.contentType ? { "content-type": init.contentType } : undefined
  const response = await fetch(`${baseUrl}${path}`, { method: "POST", body: init.body, headers })
  return { status: response.status, body: await response.json() }
}

function form(files: { name: string; bytes: Buffer; type?: string; field?: string }[], fields: Record<string, string> = {}) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  for (const file of files) {
    body.append(file.field ?? "images", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/octet-stream" }), file.name)
  }
  return body
}

beforeAll(async () => {
  phoneJpeg = await phonePhotoWithGps(40, 30)
  server = await startApp()
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe("acceptImages", () => {
  it("accepts a PNG, a JPEG and a WebP with their sniffed types and safe names, normalised, and keeps text fields as strings", async () => {
    const features = JSON.stringify({ shape: "round", layers: 3 })
    const answer = await post(
      "/optional",
      {
        body: form(
          [
            { name: "Birthday Cake.PNG", bytes: PNG_1X1, type: "image/png" },
            { name: "ref.jpeg", bytes: phoneJpeg, type: "image/jpeg" },
            { name: "photo.webp", bytes: WEBP_1X1, type: "image/webp" },
          ],
          { features, notes: "no nuts" }
        ),
      }
    )
    expect(answer.status).toBe(200)
    expect(answer.body.images).toEqual([
      expect.objectContaining({ filename: "birthday-cake.png", mimeType: "image/png", width: 1, height: 1 }),
      // the phone's landscape pixels turned upright by their EXIF orientation, the EXIF itself dropped
      expect.objectContaining({ filename: "ref.jpg", mimeType: "image/jpeg", width: 30, height: 40 }),
      expect.objectContaining({ filename: "photo.webp", mimeType: "image/webp", width: 1, height: 1 }),
    ])
    const jpeg = Buffer.from(answer.body.images[1].content, "base64")
    expect(jpeg.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false)
    expect(answer.body.images[1].size).toBe(jpeg.length)
    expect(answer.body.body).toEqual({ features, notes: "no nuts" })
    expect(answer.body.multer_files_left).toBe(false)
  })

  it("judges by content: a PNG named cake.jpg and sent as image/jpeg is accepted as a PNG named cake.png", async () => {
    const answer = await post("/optional", { body: form([{ name: "cake.jpg", bytes: PNG_1X1, type: "image/jpeg" }]) })
    expect(answer.status).toBe(200)
    expect(answer.body.images).toEqual([expect.objectContaining({ filename: "cake.png", mimeType: "image/png" })])
  })

  it("refuses the whole request with 400 UNSUPPORTED_IMAGE_TYPE when one file is text named cake.png", async () => {
    const answer = await post(
      "/optional",
      {
        body: form([
          { name: "real.png", bytes: PNG_1X1, type: "image/png" },
          { name: "cake.png", bytes: Buffer.from("not a picture at all"), type: "image/png" },
        ]),
      }
    )
    expect(answer).toEqual({
      status: 400,
      body: {
        type: "invalid_data",
        code: "UNSUPPORTED_IMAGE_TYPE",
        message: '"cake.png" is not a JPEG, PNG or WebP image (judged by its content, not its name). Attach photos in one of these formats: JPEG, PNG, WebP.',
      },
    })
  })

  it("refuses six images with 400 TOO_MANY_IMAGES naming the limit of five", async () => {
    const six = Array.from({ length: 6 }, (_, index) => ({ name: `cake-${index}.png`, bytes: PNG_1X1 }))
    const answer = await post("/optional", { body: form(six) })
    expect(answer).toEqual({
      status: 400,
      body: { type: "invalid_data", code: "TOO_MANY_IMAGES", message: "Too many images: attach at most 5." },
    })
  })

  it("accepts five images", async () => {
    const five = Array.from({ length: 5 }, (_, index) => ({ name: `cake-${index}.png`, bytes: PNG_1X1 }))
    const answer = await post("/optional", { body: form(five) })
    expect(answer.status).toBe(200)
    expect(answer.body.images).toHaveLength(5)
  })

  it("accepts an image of exactly 5 MB", async () => {
    const answer = await post("/optional", { body: form([{ name: "big.png", bytes: pngOfSize(5 * MEGABYTE) }]) })
    expect(answer.status).toBe(200)
    expect(answer.body.images[0]).toMatchObject({ filename: "big.png", width: 1, height: 1 })
  })

  it("refuses a GIF with 400 UNSUPPORTED_IMAGE_TYPE naming it a GIF", async () => {
    const answer = await post("/optional", { body: form([{ name: "party.gif", bytes: GIF_1X1, type: "image/gif" }]) })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ code: "UNSUPPORTED_IMAGE_TYPE", message: expect.stringContaining('"party.gif" is a GIF') })
  })

  it("takes a PDF only on a route that expects documents", async () => {
    const refused = await post("/optional", { body: form([{ name: "receipt.pdf", bytes: PDF_MINIMAL }]) })
    expect(refused.body.code).toBe("UNSUPPORTED_IMAGE_TYPE")
    const taken = await post("/documents", { body: form([{ name: "receipt.pdf", bytes: PDF_MINIMAL }]) })
    expect(taken).toEqual({ status: 200, body: { images: [{ filename: "receipt.pdf", mimeType: "application/pdf", size: PDF_MINIMAL.length }] } })
  })

  it("refuses an image one byte over 5 MB with IMAGE_TOO_LARGE naming the file and the limit", async () => {
    const answer = await post("/optional", { body: form([{ name: "huge.png", bytes: pngOfSize(5 * MEGABYTE + 1) }]) })
    expect(answer.status).toBe(413)
    expect(answer.body).toEqual({
      type: "invalid_data",
      code: "IMAGE_TOO_LARGE",
      message: '"huge.png" is larger than 5 MB. Attach images of at most 5 MB each.',
    })
  })

  it("passes a JSON request through untouched", async () => {
    const answer = await post("/optional", {
      body: JSON.stringify({ notes: "chocolate", colors: ["red"] }),
      contentType: "application/json",
    })
    expect(answer).toEqual({
      status: 200,
      body: { images: [], body: { notes: "chocolate", colors: ["red"] }, multer_files_left: false },
    })
  })

  it("takes a form without files on a route where images are optional", async () => {
    const answer = await post("/optional", { body: form([], { notes: "plain" }) })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ images: [], body: { notes: "plain" } })
  })

  it("refuses a broken multipart body with 400 UPLOAD_MALFORMED", async () => {
    const cutShort = '--edge\r\nContent-Disposition: form-data; name="images"; filename="a.png"\r\n\r\nabc'
    const answer = await post("/optional", { body: cutShort, contentType: "multipart/form-data; boundary=edge" })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ type: "invalid_data", code: "UPLOAD_MALFORMED" })
    expect(answer.body.message).toMatch(/^The upload could not be read \(.+\)\. Send the form again as multipart\/form-data\.$/)
  })

  it("refuses a multipart body without a boundary with 400 UPLOAD_MALFORMED", async () => {
    const answer = await post("/optional", { body: "anything", contentType: "multipart/form-data" })
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe("UPLOAD_MALFORMED")
  })

  it("refuses a file sent in another field with 400 UPLOAD_MALFORMED naming the right field", async () => {
    const answer = await post("/optional", { body: form([{ name: "cake.png", bytes: PNG_1X1, field: "photo" }]) })
    expect(answer.status).toBe(400)
    expect(answer.body.code).toBe("UPLOAD_MALFORMED")
    expect(answer.body.message).toContain('a file came in the field "photo"; images belong in "images"')
  })

  describe("with its own field and limits, images required", () => {
    it("accepts images in its field", async () => {
      const answer = await post("/required", { body: form([{ name: "a.webp", bytes: WEBP_1X1, field: "photos" }]) })
      expect(answer.status).toBe(200)
      expect(answer.body.images).toEqual([expect.objectContaining({ filename: "a.webp", mimeType: "image/webp" })])
    })

    it("refuses a form without images with 400 NO_IMAGES", async () => {
      const answer = await post("/required", { body: form([], { notes: "no photos" }) })
      expect(answer).toEqual({
        status: 400,
        body: {
          type: "invalid_data",
          code: "NO_IMAGES",
          message: 'Attach at least one JPEG, PNG or WebP image in the form field "photos".',
        },
      })
    })

    it("refuses a JSON request with 400 NO_IMAGES, since JSON cannot carry the images", async () => {
      const answer = await post("/required", { body: "{}", contentType: "application/json" })
      expect(answer.status).toBe(400)
      expect(answer.body.code).toBe("NO_IMAGES")
    })

    it("names its own limits", async () => {
      const three = Array.from({ length: 3 }, (_, index) => ({ name: `${index}.png`, bytes: PNG_1X1, field: "photos" }))
      expect((await post("/required", { body: form(three) })).body.message).toBe("Too many images: attach at most 2.")
      const big = [{ name: "big.png", bytes: pngOfSize(MEGABYTE + 1), field: "photos" }]
      expect((await post("/required", { body: form(big) })).body).toMatchObject({
        code: "IMAGE_TOO_LARGE",
        message: '"big.png" is larger than 1 MB. Attach images of at most 1 MB each.',
      })
    })
  })
})

describe("safeFilename", () => {
  it("lower-cases the base name and turns other characters into single dashes", () => {
    expect(safeFilename("My Cake (1).PNG", "image/png")).toBe("my-cake-1.png")
  })

  it("uses the sniffed type's extension, whatever the name said", () => {
    expect(safeFilename("cake.png", "image/jpeg")).toBe("cake.jpg")
    expect(safeFilename("cake", "image/webp")).toBe("cake.webp")
  })

  it("drops any directory the client sent", () => {
    expect(safeFilename("../../etc/passwd.png", "image/png")).toBe("passwd.png")
    expect(safeFilename("C:\\Users\\dilnoza\\tort.jpg", "image/jpeg")).toBe("tort.jpg")
  })

  it("keeps the letters of accented names and falls back to image when nothing latin is left", () => {
    expect(safeFilename("crème brûlée.webp", "image/webp")).toBe("creme-brulee.webp")
    expect(safeFilename("Торт.jpg", "image/jpeg")).toBe("image.jpg")
  })

  it("makes no hidden file and no double dots", () => {
    expect(safeFilename(".htaccess.png", "image/png")).toBe("htaccess.png")
    expect(safeFilename("a..b.png", "image/png")).toBe("a.b.png")
  })

  it("stays within 80 characters", () => {
    const name = safeFilename(`${"a".repeat(200)}.jpeg`, "image/jpeg")
    expect(name).toHaveLength(80)
    expect(name.endsWith("a.jpg")).toBe(true)
  })
})
