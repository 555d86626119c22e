import { sniffImageType } from "../image-type"

// A real 1×1 grey PNG and a real 1×1 lossless WebP; `file` and image viewers open both.
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64"
)
const WEBP_1X1 = Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64")
// SOI, then the APP0 JFIF marker every camera and encoder writes first.
const JPEG_HEADER = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

describe("sniffImageType", () => {
  it("recognises a 1×1 PNG by its eight-byte signature", () => {
    expect(sniffImageType(PNG_1X1)).toBe("image/png")
  })

  it("recognises a JPEG by FF D8 FF", () => {
    expect(sniffImageType(JPEG_HEADER)).toBe("image/jpeg")
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe("image/jpeg")
  })

  it("recognises a 1×1 WebP by RIFF and WEBP at byte 8", () => {
    expect(sniffImageType(WEBP_1X1)).toBe("image/webp")
  })

  it("takes a plain Uint8Array as well as a Buffer", () => {
    expect(sniffImageType(new Uint8Array(PNG_1X1))).toBe("image/png")
  })

  it("refuses a RIFF file that is not WebP (a WAV sound)", () => {
    expect(sniffImageType(Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt ", "latin1"))).toBeNull()
  })

  it("refuses text, an empty file and a signature cut short", () => {
    expect(sniffImageType(Buffer.from("a birthday cake, three tiers"))).toBeNull()
    expect(sniffImageType(new Uint8Array())).toBeNull()
    expect(sniffImageType(PNG_1X1.subarray(0, 7))).toBeNull()
    expect(sniffImageType(WEBP_1X1.subarray(0, 11))).toBeNull()
  })

  it("refuses other image formats that are not accepted (GIF)", () => {
    expect(sniffImageType(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"))).toBeNull()
  })
})
