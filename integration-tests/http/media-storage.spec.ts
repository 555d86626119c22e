import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import sharp from "sharp"
import { BAKERY_MODULE } from "../../src/modules/bakery"
import type BakeryModuleService from "../../src/modules/bakery/service"
import { MEDIA_MODULE } from "../../src/modules/media"
import type MediaModuleService from "../../src/modules/media/service"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { ELF_EXECUTABLE, GIF_1X1, phonePhotoWithGps, photo, pngBomb } from "../../src/lib/uploads/__tests__/fixtures"
import { productCard } from "../../src/modules/telegram/bot/catalog-queries"
import { createBakerWorkflow } from "../../src/workflows/baker/create-baker"
import { privateFileUrl } from "../../src/workflows/media/private-file-url"
import { FAKE_S3_CREDENTIALS, startFakeS3 } from "../fakes/s3"
import { HONEY_CAKE_DESCRIBED } from "../fixtures/cakes"
import { eventually } from "../helpers/eventually"
import { storeFixtures } from "../helpers/gateway-checkout"

jest.setTimeout(180_000)

const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }
const EXIF_APP1 = Buffer.from("Exif\0\0", "latin1")
// Short, so a test sees a signed link expire; polled, never slept on.
process.env.S3_SIGNED_URL_SECONDS = "2"

/*
 * The fake S3's port is known once it runs; this top-level hook runs before the runner's own beforeAll, which reads
 * medusa-config.ts (and so the S3_* settings) and boots the app with the official S3 file provider.
 */
let fakeS3: Awaited<ReturnType<typeof startFakeS3>>
beforeAll(async () => {
  fakeS3 = await startFakeS3()
  Object.assign(process.env, fakeS3.env)
})
afterAll(() => fakeS3.close())

type Answer = { status: number; data: any }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    let admin: Record<string, string>
    let web: Record<string, string>
    let productId: string

    const s3 = () =>
      new S3Client({ region: "us-east-1", endpoint: fakeS3.url, forcePathStyle: true, credentials: FAKE_S3_CREDENTIALS })
    async function bucketKeys(): Promise<string[]> {
      const listed = await s3().send(new ListObjectsV2Command({ Bucket: fakeS3.bucket }))
      return (listed.Contents ?? []).map((object) => object.Key!).sort()
    }
    async function bucketObject(key: string): Promise<Buffer> {
      const object = await s3().send(new GetObjectCommand({ Bucket: fakeS3.bucket, Key: key }))
      return Buffer.from(await object.Body!.transformToByteArray())
    }
    const keyOf = (url: string) => decodeURIComponent(url.slice(fakeS3.publicUrl.length + 1))

    function form(files: { name: string; bytes: Buffer }[], field = "images", fields: Record<string, string> = {}) {
      const data = new FormData()
      for (const [name, value] of Object.entries(fields)) data.append(name, value)
      for (const file of files) data.append(field, new Blob([new Uint8Array(file.bytes)]), file.name)
      return data
    }
    const postForm = (path: string, data: FormData, headers: Record<string, string> = admin): Promise<Answer> =>
      fetch(`${api.defaults.baseURL}${path}`, { method: "POST", body: data, headers }).then(async (response) => ({
        status: response.status,
        data: await response.json(),
      }))

    beforeAll(async () => {
      await seedDemoStore(container(), { bakeries: false })
      await ensureAdminUser(container(), ADMIN)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", ADMIN)).data.token}` }
      web = (await storeFixtures(api, container().resolve(ContainerRegistrationKeys.QUERY))).web
      const { data: channels } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "sales_channel", fields: ["id", "name"] })
      const created = await api.post(
        "/admin/products",
        {
          title: "Plain sponge",
          status: "published",
          options: [{ title: "Size", values: ["16 cm"] }],
          variants: [{ title: "16 cm", options: { Size: "16 cm" }, prices: [{ currency_code: "uzs", amount: 150000 }], manage_inventory: false }],
          sales_channels: channels.map((channel: { id: string }) => ({ id: channel.id })),
        },
        { headers: admin }
      )
      productId = created.data.product.id
    })

    describe("product photos (POST /admin/products/:id/images)", () => {
      it("stores the photo upright without EXIF, with a 320 px thumbnail and a 960 px card, public, on the product", async () => {
        const before = await bucketKeys()
        const answer = await postForm(`/admin/products/${productId}/images`, form([{ name: "Sponge.JPG", bytes: await phonePhotoWithGps(2000, 1500) }]))

        expect(answer.status).toBe(200)
        const [variant] = answer.data.product.image_variants
        expect(variant).toMatchObject({ mime_type: "image/jpeg", width: 1500, height: 2000 })
        expect(answer.data.product.images.map((image: { url: string }) => image.url)).toEqual([variant.original_url])
        expect(answer.data.product.thumbnail).toBe(variant.thumbnail_url)

        const added = (await bucketKeys()).filter((key) => !before.includes(key))
        expect(added.sort()).toEqual([keyOf(variant.card_url), keyOf(variant.original_url), keyOf(variant.thumbnail_url)].sort())
        expect(added.every((key) => key.startsWith("products/sponge"))).toBe(true)
        const sizes = async (url: string) => {
          const { format, width, height, exif } = await sharp(await bucketObject(keyOf(url))).metadata()
          return { format, width, height, exif }
        }
        expect(await sizes(variant.original_url)).toEqual({ format: "jpeg", width: 1500, height: 2000, exif: undefined })
        expect(await sizes(variant.thumbnail_url)).toEqual({ format: "webp", width: 240, height: 320, exif: undefined })
        expect(await sizes(variant.card_url)).toEqual({ format: "webp", width: 720, height: 960, exif: undefined })

        // public product images are read anonymously by their URL
        for (const url of [variant.original_url, variant.thumbnail_url, variant.card_url]) {
          const response = await fetch(url)
          expect(response.status).toBe(200)
          expect(fakeS3.aclOf(keyOf(url))).toBe("public-read")
        }
      })

      it("answers the sizes on the Store API with fields=+image_variants.*", async () => {
        const uploaded = await postForm(`/admin/products/${productId}/images`, form([{ name: "top.png", bytes: await photo(1200, 1200, "png") }]))
        const [variant] = uploaded.data.product.image_variants
        const { data } = await api.get(`/store/products/${productId}?fields=+image_variants.*`, { headers: web })
        expect(data.product.image_variants).toEqual([
          expect.objectContaining({ id: variant.id, original_url: variant.original_url, thumbnail_url: variant.thumbnail_url, card_url: variant.card_url, width: 1200, height: 1200 }),
        ])
        const list = await api.get(`/store/products?id=${productId}&fields=+image_variants.*`, { headers: web })
        expect(list.data.products.map((product: any) => product.image_variants)).toEqual([[expect.objectContaining({ card_url: variant.card_url })]])
      })

      it("gives the bot's product card the card size of the thumbnail's photo", async () => {
        const uploaded = await postForm(`/admin/products/${productId}/images`, form([{ name: "card.jpg", bytes: await photo(1600, 1200) }]))
        const [variant] = uploaded.data.product.image_variants
        const card = await productCard(container(), "en", { id: productId })
        expect(card?.photo_url).toBe(variant.card_url)
      })

      it("takes a baker's photos of their own bakery's product on POST /baker/products/:id/images, and 404 for another's", async () => {
        const [bakery] = await container().resolve<BakeryModuleService>(BAKERY_MODULE).createBakeries([{ handle: "sariq-non", name: "Sariq Non" }])
        await container()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({ [BAKERY_MODULE]: { bakery_id: bakery.id }, [Modules.PRODUCT]: { product_id: productId } })
        const { result } = await createBakerWorkflow(container()).run({ input: { bakery_id: bakery.id, name: "Aziza", email: "aziza@sariq-non.uz", role: "owner" } })
        const login = { email: "aziza@sariq-non.uz", password: "bakers-knead-dough-42" }
        const registration = await api.post("/auth/baker/emailpass/register", login)
        await api.post("/baker/invites/accept", { token: result.invite_token }, { headers: { authorization: `Bearer ${registration.data.token}` } })
        const baker = { authorization: `Bearer ${(await api.post("/auth/baker/emailpass", login)).data.token}` }

        const own = await postForm(`/baker/products/${productId}/images`, form([{ name: "medovik.webp", bytes: await photo(1000, 800, "webp") }]), baker)
        expect(own.status).toBe(200)
        expect(own.data.product.image_variants).toEqual([expect.objectContaining({ mime_type: "image/webp", width: 1000, height: 800 })])

        const { data: others } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"], filters: { id: { $ne: productId } } })
        const another = await postForm(`/baker/products/${others[0].id}/images`, form([{ name: "x.png", bytes: await photo(10, 10, "png") }]), baker)
        expect(another.status).toBe(404)
      })

      it("refuses a GIF, a renamed executable and a PNG bomb with 400 naming the rule, storing nothing", async () => {
        const before = await bucketKeys()
        const gif = await postForm(`/admin/products/${productId}/images`, form([{ name: "party.gif", bytes: GIF_1X1 }]))
        expect(gif).toMatchObject({ status: 400, data: { code: "UNSUPPORTED_IMAGE_TYPE" } })
        const exe = await postForm(`/admin/products/${productId}/images`, form([{ name: "cake.jpg", bytes: ELF_EXECUTABLE }]))
        expect(exe).toMatchObject({ status: 400, data: { code: "UNSUPPORTED_IMAGE_TYPE" } })
        const bomb = await postForm(`/admin/products/${productId}/images`, form([{ name: "bomb.png", bytes: pngBomb(16000) }]))
        expect(bomb).toMatchObject({ status: 400, data: { code: "IMAGE_TOO_MANY_PIXELS", message: expect.stringContaining("at most 40 megapixels") } })
        expect(await bucketKeys()).toEqual(before)
        expect(await container().resolve<MediaModuleService>(MEDIA_MODULE).listImageVariants({})).toEqual([])
      })

      it("deletes the stored files again when a later step fails", async () => {
        const before = await bucketKeys()
        const media = container().resolve<MediaModuleService>(MEDIA_MODULE)
        const failing = jest.spyOn(media, "createImageVariants").mockRejectedValueOnce(new Error("database went away"))
        try {
          const answer = await postForm(`/admin/products/${productId}/images`, form([{ name: "a.jpg", bytes: await photo(800, 600) }]))
          expect(answer.status).toBe(500)
        } finally {
          failing.mockRestore()
        }
        expect(await bucketKeys()).toEqual(before)
        const { data } = await container().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["images.id"], filters: { id: productId } })
        expect(data[0].images).toEqual([])
      })
    })

    describe("Medusa's own upload routes", () => {
      it("checks POST /admin/uploads like every upload: a renamed executable is refused, a photo is stored normalised", async () => {
        const before = await bucketKeys()
        const refused = await postForm("/admin/uploads", form([{ name: "setup.jpg", bytes: ELF_EXECUTABLE }], "files"))
        expect(refused).toMatchObject({ status: 400, data: { code: "UNSUPPORTED_IMAGE_TYPE" } })
        expect(await bucketKeys()).toEqual(before)

        const taken = await postForm("/admin/uploads", form([{ name: "Shop Front.JPG", bytes: await phonePhotoWithGps(64, 48) }], "files"))
        expect(taken.status).toBe(200)
        const key = keyOf(taken.data.files[0].url)
        expect(key).toMatch(/^products\/shop-front-.+\.jpg$/)
        const stored = await bucketObject(key)
        expect(stored.includes(EXIF_APP1)).toBe(false)
        expect(await sharp(stored).metadata()).toMatchObject({ width: 48, height: 64 })
      })

      it("refuses a direct-to-storage upload of an image with 400 DIRECT_UPLOAD_NOT_ALLOWED", async () => {
        const answer = await api
          .post("/admin/uploads/presigned-urls", { originalname: "cake.jpg", mime_type: "image/jpeg", size: 1000 }, { headers: admin })
          .catch((error: any) => error.response)
        expect(answer.status).toBe(400)
        expect(answer.data.code).toBe("DIRECT_UPLOAD_NOT_ALLOWED")
      })
    })

    describe("private files", () => {
      it("reads a private file through a signed link that works, then expires; anonymously it is neither readable nor listed", async () => {
        const content = Buffer.from("%PDF-1.4 receipt 0001\n%%EOF\n")
        const { result } = await uploadFilesWorkflow(container()).run({
          input: { files: [{ filename: "receipt-0001.pdf", mimeType: "application/pdf", content: content.toString("base64"), access: "private" }] },
        })
        const [file] = result
        expect(fakeS3.aclOf(file.id)).toBe("private")

        const link = await privateFileUrl(container(), file.id)
        expect(link).not.toBeNull()
        const signed = await fetch(link!.url)
        expect(signed.status).toBe(200)
        expect(Buffer.from(await signed.arrayBuffer()).equals(content)).toBe(true)

        expect((await fetch(`${fakeS3.publicUrl}/${file.id}`)).status).toBe(403)
        expect((await fetch(`${fakeS3.publicUrl}?list-type=2`)).status).toBe(403)
        expect((await fetch(fakeS3.publicUrl)).status).toBe(403)

        const refused = await eventually(async () => {
          const response = await fetch(link!.url)
          return response.status === 200 ? undefined : response.status
        }, "the signed link to expire", 20_000)
        expect(refused).toBe(403)
      })

      it("sends a customer's custom cake photo by a redirect to a signed link, the photo without its GPS EXIF", async () => {
        const email = "media-customer@example.uz"
        const password = "cake-lover-12345"
        const registration = await api.post("/auth/customer/emailpass/register", { email, password })
        await api.post("/store/customers", { email, first_name: "Malika" }, { headers: { ...web, authorization: `Bearer ${registration.data.token}` } })
        const customer = { ...web, authorization: `Bearer ${(await api.post("/auth/customer/emailpass", { email, password })).data.token}` }
        const request = {
          features: HONEY_CAKE_DESCRIBED,
          colors: ["white"],
          wanted_at: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString(),
          fulfillment: "PICKUP",
          servings_wanted: 12,
        }
        const created = await postForm(
          "/store/custom-cakes",
          form([{ name: "idea.jpg", bytes: await phonePhotoWithGps(400, 300) }], "images", { data: JSON.stringify(request) }),
          customer
        )
        expect(created.status).toBe(201)
        const [image] = created.data.custom_cake.images

        const answer = await fetch(`${api.defaults.baseURL}${new URL(image.url).pathname}`, { headers: customer, redirect: "manual" })
        expect(answer.status).toBe(302)
        expect(answer.headers.get("cache-control")).toBe("no-store")
        const location = answer.headers.get("location")!
        expect(location.startsWith(`${fakeS3.publicUrl}/`)).toBe(true)
        expect(new URL(location).searchParams.get("X-Amz-Expires")).toBe("2")
        const stored = Buffer.from(await (await fetch(location)).arrayBuffer())
        expect(stored.includes(EXIF_APP1)).toBe(false)
        expect(await sharp(stored).metadata()).toMatchObject({ format: "jpeg", width: 300, height: 400 })
        // its key is private: not readable without the signature
        expect((await fetch(location.split("?")[0])).status).toBe(403)
      })
    })
  },
})
