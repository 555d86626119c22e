import sharp from "sharp"
import { checkUpload } from "../check-upload"
import { makeImageVariants } from "../image-variants"
import { ELF_EXECUTABLE, GIF_1X1, PDF_MINIMAL, phonePhotoWithGps, photo, pngBomb, WINDOWS_EXECUTABLE } from "./fixtures"

const MEGABYTE = 1024 * 1024
const EXIF_APP1 = Buffer.from("Exif\0\0", "latin1")
// GPSInfo, the IFD0 tag pointing at the GPS block, in either byte order
const GPS_INFO_TAG = [Buffer.from([0x88, 0x25]), Buffer.from([0x25, 0x88])]

async function refusal(bytes: Buffer, options: Parameters<typeof checkUpload>[1]) {
  const error = await checkUpload(bytes, options).then(() => null, (caught) => caught)
  if (!error) throw new Error("expected checkUpload to refuse the file")
  return { type: error.type, code: error.code, message: error.message }
}

describe("checkUpload", () => {
  it("refuses an ELF executable renamed cake.jpg with UNSUPPORTED_IMAGE_TYPE", async () => {
    expect(await refusal(ELF_EXECUTABLE, { name: "cake.jpg" })).toEqual({
      type: "invalid_data",
      code: "UNSUPPORTED_IMAGE_TYPE",
      message: '"cake.jpg" is not a JPEG, PNG or WebP image (judged by its content, not its name). Attach photos in one of these formats: JPEG, PNG, WebP.',
    })
  })

  it("refuses a Windows executable renamed invoice.pdf on a document route with UNSUPPORTED_FILE_TYPE", async () => {
    const answer = await refusal(WINDOWS_EXECUTABLE, { name: "invoice.pdf", allowPdf: true })
    expect(answer.code).toBe("UNSUPPORTED_FILE_TYPE")
    expect(answer.message).toContain("JPEG, PNG, WebP, PDF")
  })

  it("refuses a GIF by name, with UNSUPPORTED_IMAGE_TYPE", async () => {
    expect(await refusal(GIF_1X1, { name: "party.gif" })).toMatchObject({
      code: "UNSUPPORTED_IMAGE_TYPE",
      message: '"party.gif" is a GIF, which is not taken. Attach photos in one of these formats: JPEG, PNG, WebP.',
    })
  })

  it("refuses an image over the byte limit with IMAGE_TOO_LARGE naming the limit", async () => {
    const big = Buffer.concat([await photo(8, 8, "png"), Buffer.alloc(MEGABYTE)])
    expect(await refusal(big, { name: "huge.png", maxBytes: MEGABYTE })).toEqual({
      type: "invalid_data",
      code: "IMAGE_TOO_LARGE",
      message: '"huge.png" is larger than 1 MB. Attach images of at most 1 MB each.',
    })
  })

  it("refuses a PNG bomb (31 kB declaring 16000×16000) from its header with IMAGE_TOO_MANY_PIXELS naming the limit", async () => {
    const bomb = pngBomb(16000)
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(await refusal(bomb, { name: "bomb.png" })).toEqual({
      type: "invalid_data",
      code: "IMAGE_TOO_MANY_PIXELS",
      message: '"bomb.png" is 16000×16000 pixels; images may have at most 40 megapixels. Attach a smaller image.',
    })
  })

  it("refuses a truncated JPEG with IMAGE_UNREADABLE", async () => {
    const whole = await photo(640, 480)
    expect((await refusal(whole.subarray(0, whole.length / 2), { name: "cut.jpg" })).code).toBe("IMAGE_UNREADABLE")
  })

  it("strips EXIF with the GPS position from a phone's photo and turns it upright by its orientation", async () => {
    const original = await phonePhotoWithGps(400, 300)
    const before = await sharp(original).metadata()
    expect(before.orientation).toBe(6)
    expect(GPS_INFO_TAG.some((tag) => before.exif!.includes(tag))).toBe(true)

    const checked = await checkUpload(original, { name: "IMG_0042.JPG" })

    expect(checked).toMatchObject({ filename: "img_0042.jpg", mimeType: "image/jpeg", width: 300, height: 400 })
    const after = await sharp(checked.content).metadata()
    expect(after).toMatchObject({ format: "jpeg", width: 300, height: 400 })
    expect(after.exif).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(checked.content.includes(EXIF_APP1)).toBe(false)
    expect(checked.size).toBe(checked.content.length)
  })

  it("takes PNG and WebP by content whatever the name, and names them by their type", async () => {
    expect(await checkUpload(await photo(20, 10, "png"), { name: "a.jpg" })).toMatchObject({ filename: "a.png", mimeType: "image/png", width: 20, height: 10 })
    expect(await checkUpload(await photo(20, 10, "webp"), { name: "b" })).toMatchObject({ filename: "b.webp", mimeType: "image/webp" })
  })

  it("takes a PDF only where documents are expected", async () => {
    expect((await refusal(PDF_MINIMAL, { name: "receipt.pdf" })).code).toBe("UNSUPPORTED_IMAGE_TYPE")
    const checked = await checkUpload(PDF_MINIMAL, { name: "Receipt 7.pdf", allowPdf: true })
    expect(checked).toEqual({ filename: "receipt-7.pdf", mimeType: "application/pdf", size: PDF_MINIMAL.length, content: PDF_MINIMAL, width: 0, height: 0 })
  })

  it("refuses a PDF over the byte limit with FILE_TOO_LARGE", async () => {
    const big = Buffer.concat([PDF_MINIMAL, Buffer.alloc(2 * MEGABYTE)])
    expect(await refusal(big, { name: "scan.pdf", allowPdf: true, maxBytes: 2 * MEGABYTE })).toMatchObject({
      code: "FILE_TOO_LARGE",
      message: '"scan.pdf" is larger than 2 MB. Attach documents of at most 2 MB each.',
    })
  })
})

describe("makeImageVariants", () => {
  it("makes a 320 px thumbnail and a 960 px card in WebP, fitted inside and never enlarged", async () => {
    const variants = await makeImageVariants(await photo(2000, 1500))
    expect(variants.map(({ name, width, height, mimeType }) => ({ name, width, height, mimeType }))).toEqual([
      { name: "thumbnail", width: 320, height: 240, mimeType: "image/webp" },
      { name: "card", width: 960, height: 720, mimeType: "image/webp" },
    ])
    expect((await sharp(variants[1].content).metadata()).format).toBe("webp")
    const small = await makeImageVariants(await photo(500, 400))
    expect(small.map(({ width, height }) => [width, height])).toEqual([[320, 256], [500, 400]])
  })
})
