import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BAKERY_MODULE } from "../../src/modules/bakery"
import type BakeryModuleService from "../../src/modules/bakery/service"
import { ensureAdminUser } from "../../src/scripts/bootstrap/ensure-admin-user"
import { seedDemoStore } from "../../src/scripts/seed/index"
import { createBakerWorkflow, type CreateBakerWorkflowInput } from "../../src/workflows/baker/create-baker"
import { createBakerProductWorkflow } from "../../src/workflows/baker/create-baker-product"

jest.setTimeout(120_000)

const ADMIN = { email: "admin@test.dasturxon.local", password: "correct-horse-battery" }
const PASSWORD = "bakers-knead-dough-42"
const CUSTOMER = { email: "customer@test.dasturxon.local", password: "customer-password-1" }
const HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "20:00" }))

type Headers = Record<string, string>
const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` })

const newProduct = (title: string) => ({
  title,
  description: "Honey sponge layers with sour cream",
  variants: [
    { title: "16 cm", prices: [{ currency_code: "uzs", amount: 150000 }], stock: 4 },
    { title: "20 cm", prices: [{ currency_code: "UZS", amount: 240000 }, { currency_code: "usd", amount: 19 }], stock: 2 },
  ],
})

// One suite for the whole baker API: each suite pays a fresh migration, and the database is restored to the state
// after beforeAll (two bakeries with a linked baker each, their products and orders) before every test.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const bakeryModule = () => container().resolve<BakeryModuleService>(BAKERY_MODULE)
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)

    const call = (method: "get" | "post" | "delete", path: string, headers: Headers = {}, body?: unknown) =>
      method === "post"
        ? api.post(path, body ?? {}, { headers, validateStatus: () => true })
        : api[method](path, { headers, validateStatus: () => true })

    let publishableKey: string
    let bukharaLocationId: string
    const bakery = { a: "", b: "" }
    const baker = { a: "", b: "" }
    const token = { a: "", b: "", customer: "", admin: "" }
    const invite = { a: "", staff: "", expired: "" }
    let staffBakerId: string
    const product = { a: "", b: "" }
    let variantA: string
    const order = { a: "", b: "", aCanceled: "" }

    async function registerBakerLogin(email: string): Promise<string> {
      const response = await call("post", "/auth/baker/emailpass/register", {}, { email, password: PASSWORD })
      expect(response.status).toBe(200)
      return response.data.token
    }

    async function loginBaker(email: string): Promise<string> {
      const response = await call("post", "/auth/baker/emailpass", {}, { email, password: PASSWORD })
      expect(response.status).toBe(200)
      return response.data.token
    }

    async function acceptInviteOverHttp(email: string, inviteToken: string): Promise<string> {
      const registration = await registerBakerLogin(email)
      const accepted = await call("post", "/baker/invites/accept", bearer(registration), { token: inviteToken })
      expect(accepted.status).toBe(200)
      return loginBaker(email)
    }

    async function createOrderFor(bakeryId: string, status: "pending" | "canceled" = "pending") {
      const orderModule = container().resolve(Modules.ORDER)
      const created = await orderModule.createOrders({
        currency_code: "uzs",
        email: CUSTOMER.email,
        status,
        items: [{ title: "Medovik 16 cm", quantity: 1, unit_price: 150000 }],
      })
      await container()
        .resolve(ContainerRegistrationKeys.LINK)
        .create({ [BAKERY_MODULE]: { bakery_id: bakeryId }, [Modules.ORDER]: { order_id: created.id } })
      return created.id
    }

    async function linkedProductIds(bakeryId: string) {
      const { data } = await query().graph({ entity: "bakery", fields: ["products.id"], filters: { id: bakeryId } })
      return ((data[0] as any).products as { id: string }[]).map((p) => p.id).sort()
    }

    async function productTitle(id: string) {
      const { data } = await query().graph({ entity: "product", fields: ["title"], filters: { id } })
      return data[0]?.title
    }

    async function stockedQuantity(variantId: string) {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.location_levels.stocked_quantity", "inventory_items.inventory.location_levels.location_id"],
        filters: { id: variantId },
      })
      const levels: { location_id: string; stocked_quantity: number }[] = (data[0] as any).inventory_items[0].inventory.location_levels
      return levels.find((level) => level.location_id === bukharaLocationId)?.stocked_quantity
    }

    const inviteOf = async (bakerId: string) => (await bakeryModule().listBakerInvites({ baker_id: bakerId }))[0]

    beforeAll(async () => {
      const seeded = await seedDemoStore(container())
      publishableKey = seeded.publishableKeyTokens["Web storefront"]
      await ensureAdminUser(container(), ADMIN)
      const { data: stores } = await query().graph({ entity: "store", fields: ["default_location_id"] })
      bukharaLocationId = stores[0].default_location_id!

      const [a, b] = await bakeryModule().createBakeries([
        { handle: "sariq-non", name: "Sariq Non", opening_hours: HOURS as any },
        { handle: "shirin-tort", name: "Shirin Tort" },
      ])
      bakery.a = a.id
      bakery.b = b.id

      const run = (input: CreateBakerWorkflowInput) => createBakerWorkflow(container()).run({ input })
      const ownerA = await run({ bakery_id: a.id, name: "Aziza", email: "Aziza@Sariq-Non.uz", role: "owner" })
      const ownerB = await run({ bakery_id: b.id, name: "Bobur", email: "bobur@shirin.uz", role: "owner" })
      const staff = await run({ bakery_id: a.id, name: "Sardor", email: "sardor@sariq-non.uz", role: "staff" })
      const expired = await run({ bakery_id: a.id, name: "Eski", email: "eski@sariq-non.uz", role: "staff" })
      baker.a = ownerA.result.baker.id
      baker.b = ownerB.result.baker.id
      staffBakerId = staff.result.baker.id
      invite.a = ownerA.result.invite_token
      invite.staff = staff.result.invite_token
      invite.expired = expired.result.invite_token
      const expiredInvite = await inviteOf(expired.result.baker.id)
      await bakeryModule().updateBakerInvites({ id: expiredInvite.id, expires_at: new Date(Date.now() - 60_000) })

      token.a = await acceptInviteOverHttp("aziza@sariq-non.uz", invite.a)
      token.b = await acceptInviteOverHttp("bobur@shirin.uz", ownerB.result.invite_token)

      const created = async (bakeryId: string, title: string) =>
        (
          await createBakerProductWorkflow(container()).run({
            input: {
              bakery_id: bakeryId,
              product: {
                title,
                status: "published",
                options: [{ title: "Size", values: ["16 cm"] }],
                variants: [
                  {
                    title: "16 cm",
                    options: { Size: "16 cm" },
                    manage_inventory: true,
                    prices: [{ currency_code: "uzs", amount: 150000 }],
                    stock: 5,
                  },
                ],
              },
            },
          })
        ).result
      const productA = await created(a.id, "Sariq Non honey cake")
      product.a = productA.id
      variantA = productA.variants[0].id
      product.b = (await created(b.id, "Shirin Tort napoleon")).id

      order.a = await createOrderFor(a.id)
      order.aCanceled = await createOrderFor(a.id, "canceled")
      order.b = await createOrderFor(b.id)

      const customerRegistration = await call("post", "/auth/customer/emailpass/register", {}, CUSTOMER)
      await api.post(
        "/store/customers",
        { email: CUSTOMER.email },
        { headers: { ...bearer(customerRegistration.data.token), "x-publishable-api-key": publishableKey } }
      )
      token.customer = (await call("post", "/auth/customer/emailpass", {}, CUSTOMER)).data.token
      token.admin = (await call("post", "/auth/user/emailpass", {}, ADMIN)).data.token
    })

    describe("createBakerWorkflow", () => {
      it("creates the baker with a 7-day invite that stores only the token's SHA-256", async () => {
        const { result } = await createBakerWorkflow(container()).run({
          input: { bakery_id: bakery.b, name: "Kamola", email: "kamola@shirin.uz", role: "staff" },
        })
        expect(result.baker).toMatchObject({ email: "kamola@shirin.uz", role: "staff" })
        expect(result.invite_token).toMatch(/^[A-Za-z0-9_-]{43}$/)
        const stored = await inviteOf(result.baker.id)
        expect(stored.token_hash).toBe(createHash("sha256").update(result.invite_token).digest("hex"))
        const days = (new Date(stored.expires_at).getTime() - Date.now()) / 86_400_000
        expect(days).toBeGreaterThan(6.99)
        expect(days).toBeLessThanOrEqual(7)
      })

      it("refuses an email another baker uses, in any letter case, with 409 BAKER_EMAIL_TAKEN and writes nothing", async () => {
        const before = await bakeryModule().listBakers({})
        const error = await createBakerWorkflow(container())
          .run({ input: { bakery_id: bakery.b, name: "Copy", email: "BOBUR@shirin.uz", role: "staff" } })
          .catch((caught: unknown) => caught)
        expect(error).toMatchObject({ type: "conflict", code: "BAKER_EMAIL_TAKEN" })
        expect(await bakeryModule().listBakers({})).toHaveLength(before.length)
      })

      it("creates one baker when two requests for the same email race", async () => {
        const input = { bakery_id: bakery.a, name: "Twin", email: "twin@sariq-non.uz", role: "staff" as const }
        const outcomes = await Promise.allSettled([
          createBakerWorkflow(container()).run({ input }),
          createBakerWorkflow(container()).run({ input }),
        ])
        expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1)
        const rejected = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult
        expect(rejected.reason).toMatchObject({ code: "BAKER_EMAIL_TAKEN" })
        const bakers = await bakeryModule().listBakers({ email: "twin@sariq-non.uz" })
        expect(bakers).toHaveLength(1)
        expect(await bakeryModule().listBakerInvites({ baker_id: bakers[0].id })).toHaveLength(1)
      })
    })

    describe("POST /baker/invites/accept", () => {
      it("links the registered login to the baker, so the baker login token carries the baker id", async () => {
        const registration = await registerBakerLogin("sardor@sariq-non.uz")
        const accepted = await call("post", "/baker/invites/accept", bearer(registration), { token: invite.staff })
        expect(accepted.status).toBe(200)
        expect(accepted.data.baker).toMatchObject({ id: staffBakerId, role: "staff" })
        expect((await inviteOf(staffBakerId)).accepted_at).not.toBeNull()

        const login = await loginBaker("sardor@sariq-non.uz")
        const payload = JSON.parse(Buffer.from(login.split(".")[1], "base64url").toString())
        expect(payload).toMatchObject({ actor_type: "baker", actor_id: staffBakerId })
        const me = await call("get", "/baker/me", bearer(login))
        expect(me.status).toBe(200)
        expect(me.data.bakery.id).toBe(bakery.a)
      })

      it("accepts an invite once when two requests race with it", async () => {
        const registration = await registerBakerLogin("sardor@sariq-non.uz")
        const responses = await Promise.all(
          [1, 2].map(() => call("post", "/baker/invites/accept", bearer(registration), { token: invite.staff }))
        )
        expect(responses.map((response) => response.status).sort()).toEqual([200, 400])
        expect(responses.find((response) => response.status === 400)!.data.code).toBe("INVITE_INVALID")

        const authModule = container().resolve(Modules.AUTH)
        const [identity] = await authModule.listProviderIdentities({ entity_id: "sardor@sariq-non.uz", provider: "emailpass" })
        const authIdentity = await authModule.retrieveAuthIdentity(identity.auth_identity_id!)
        expect(authIdentity.app_metadata).toMatchObject({ baker_id: staffBakerId })
        expect(await bakeryModule().listBakerInvites({ baker_id: staffBakerId, accepted_at: { $ne: null } })).toHaveLength(1)
      })

      it.each([
        ["an unknown token", () => "not-a-real-invite-token"],
        ["a used token", () => invite.a],
        ["an expired token", () => invite.expired],
      ])("refuses %s with 400 INVITE_INVALID and links nothing", async (_, inviteToken) => {
        const email = inviteToken() === invite.expired ? "eski@sariq-non.uz" : "stranger@example.uz"
        const registration = await registerBakerLogin(email)
        const response = await call("post", "/baker/invites/accept", bearer(registration), { token: inviteToken() })
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ code: "INVITE_INVALID", message: expect.stringContaining("new invite") })
        const login = await call("post", "/auth/baker/emailpass", {}, { email, password: PASSWORD })
        expect(JSON.parse(Buffer.from(login.data.token.split(".")[1], "base64url").toString()).actor_id).toBe("")
      })

      it("refuses a login registered with another email with 400 INVITE_EMAIL_MISMATCH and leaves the invite open", async () => {
        const registration = await registerBakerLogin("not-sardor@example.uz")
        const response = await call("post", "/baker/invites/accept", bearer(registration), { token: invite.staff })
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ code: "INVITE_EMAIL_MISMATCH", message: expect.stringContaining("sardor@sariq-non.uz") })
        expect((await inviteOf(staffBakerId)).accepted_at).toBeNull()
      })

      it("answers 400 without a token in the body and 401 without a baker registration token", async () => {
        const registration = await registerBakerLogin("sardor@sariq-non.uz")
        expect((await call("post", "/baker/invites/accept", bearer(registration), {})).status).toBe(400)
        for (const headers of [{}, bearer(token.customer), bearer(token.admin)]) {
          expect((await call("post", "/baker/invites/accept", headers, { token: invite.staff })).status).toBe(401)
        }
        expect((await inviteOf(staffBakerId)).accepted_at).toBeNull()
      })
    })

    describe("authorization", () => {
      const everyRoute = (): [("get" | "post" | "delete"), string, unknown?][] => [
        ["get", "/baker/me"],
        ["get", "/baker/bakery"],
        ["post", "/baker/bakery", { name: "Taken over" }],
        ["get", "/baker/products"],
        ["post", "/baker/products", newProduct("Intruder cake")],
        ["get", `/baker/products/${product.a}`],
        ["post", `/baker/products/${product.a}`, { title: "Taken over" }],
        ["delete", `/baker/products/${product.a}`],
        ["post", `/baker/products/${product.a}/variants/${variantA}/stock`, { quantity: 0 }],
        ["get", "/baker/orders"],
        ["get", `/baker/orders/${order.a}`],
      ]

      it("answers 401 on every baker route to anonymous callers, customers, admin users and unlinked baker logins", async () => {
        const unlinked = await registerBakerLogin("nobody@example.uz")
        const callers: [string, Headers][] = [
          ["anonymous", {}],
          ["customer", bearer(token.customer)],
          ["admin user", bearer(token.admin)],
          ["unlinked baker login", bearer(unlinked)],
        ]
        for (const [method, path, body] of everyRoute()) {
          for (const [who, headers] of callers) {
            const response = await call(method, path, headers, body)
            expect({ who, method, path, status: response.status }).toEqual({ who, method, path, status: 401 })
          }
        }
        expect(await productTitle(product.a)).toBe("Sariq Non honey cake")
        expect(await linkedProductIds(bakery.a)).toEqual([product.a])
        expect((await bakeryModule().retrieveBakery(bakery.a)).name).toBe("Sariq Non")
      })

      it("answers 404 to the baker of bakery B on every route of bakery A's product and order, and changes nothing", async () => {
        for (const [method, path, body] of everyRoute().filter(([, path]) => path.includes(product.a) || path.includes(order.a))) {
          const response = await call(method, path, bearer(token.b), body)
          expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 })
          expect(JSON.stringify(response.data)).not.toContain("Sariq Non")
        }
        expect(await productTitle(product.a)).toBe("Sariq Non honey cake")
        expect(await stockedQuantity(variantA)).toBe(5)
      })

      it("answers 404 with the same body for another bakery's product as for a missing one", async () => {
        const foreign = await call("get", `/baker/products/${product.a}`, bearer(token.b))
        const missing = await call("get", "/baker/products/prod_missing", bearer(token.b))
        expect(foreign.status).toBe(404)
        expect(missing.status).toBe(404)
        expect(foreign.data.message.replace(product.a, "ID")).toBe(missing.data.message.replace("prod_missing", "ID"))
      })

      it("answers 200 to the baker of bakery A on A's product and order", async () => {
        expect((await call("get", `/baker/products/${product.a}`, bearer(token.a))).status).toBe(200)
        expect((await call("get", `/baker/orders/${order.a}`, bearer(token.a))).status).toBe(200)
      })
    })

    describe("GET /baker/me and /baker/bakery", () => {
      it("returns the logged-in baker and their bakery", async () => {
        const response = await call("get", "/baker/me", bearer(token.a))
        expect(response.status).toBe(200)
        expect(response.data.baker).toMatchObject({ id: baker.a, email: "aziza@sariq-non.uz", role: "owner" })
        expect(response.data.bakery).toMatchObject({ id: bakery.a, handle: "sariq-non", status: "active" })
        const own = await call("get", "/baker/bakery", bearer(token.b))
        expect(own.data.bakery).toMatchObject({ id: bakery.b, name: "Shirin Tort" })
      })

      it("updates the profile and opening hours of the baker's own bakery", async () => {
        const hours = [{ weekday: 6, opens: "22:00", closes: "02:00" }]
        const response = await call("post", "/baker/bakery", bearer(token.a), {
          name: "Sariq Non Chorsu",
          phone: "+998901234567",
          latitude: 39.77,
          longitude: 64.42,
          timezone: "Asia/Samarkand",
          opening_hours: hours,
        })
        expect(response.status).toBe(200)
        expect(response.data.bakery).toMatchObject({ name: "Sariq Non Chorsu", timezone: "Asia/Samarkand", opening_hours: hours })
        expect(await bakeryModule().retrieveBakery(bakery.a)).toMatchObject({ name: "Sariq Non Chorsu", phone: "+998901234567" })
        expect((await bakeryModule().retrieveBakery(bakery.b)).name).toBe("Shirin Tort")
      })

      it.each([
        ["overlapping hours", { opening_hours: [...HOURS, { weekday: 1, opens: "19:00", closes: "21:00" }] }, "overlaps"],
        ["an impossible time", { opening_hours: [{ weekday: 1, opens: "25:00", closes: "26:00" }] }, "HH:MM"],
        ["an unknown time zone", { timezone: "Mars/Olympus" }, "IANA"],
        ["a handle", { handle: "stolen" }, "handle"],
        ["a status", { status: "active" }, "status"],
        ["an empty body", {}, "at least one field"],
      ])("refuses %s with 400 and changes nothing", async (_, body, hint) => {
        const response = await call("post", "/baker/bakery", bearer(token.a), body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(hint)
        const stored = await bakeryModule().retrieveBakery(bakery.a)
        expect(stored).toMatchObject({ handle: "sariq-non", timezone: "Asia/Tashkent", opening_hours: HOURS })
      })
    })

    describe("baker products", () => {
      it("lists only the products of the baker's own bakery", async () => {
        const response = await call("get", "/baker/products", bearer(token.a))
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(response.data.products.map((p: { id: string }) => p.id)).toEqual([product.a])
        const stocked = response.data.products[0].variants[0].inventory_items[0].inventory.location_levels
        expect(stocked).toEqual([expect.objectContaining({ location_id: bukharaLocationId, stocked_quantity: 5 })])
      })

      it("creates a product linked to the bakery, sold in the Telegram and Web channels and stocked at its location", async () => {
        const response = await call("post", "/baker/products", bearer(token.a), newProduct("Medovik"))
        expect(response.status).toBe(201)
        const created = response.data.product
        expect(created).toMatchObject({ title: "Medovik", handle: "sariq-non-medovik", status: "published" })
        expect(created.options).toEqual([
          expect.objectContaining({ title: "Variant", values: expect.arrayContaining([expect.objectContaining({ value: "20 cm" })]) }),
        ])
        expect(created.variants.map((v: { title: string }) => v.title).sort()).toEqual(["16 cm", "20 cm"])
        expect(await linkedProductIds(bakery.a)).toEqual([product.a, created.id].sort())

        const { data } = await query().graph({
          entity: "product",
          fields: ["sales_channels.name", "variants.title", "variants.prices.amount", "variants.prices.currency_code"],
          filters: { id: created.id },
        })
        const stored = data[0] as any
        expect(stored.sales_channels.map((c: { name: string }) => c.name).sort()).toEqual(["Telegram", "Web"])
        const large = stored.variants.find((v: { title: string }) => v.title === "20 cm")
        expect(large.prices.map((p: any) => [p.currency_code, p.amount]).sort()).toEqual([["usd", 19], ["uzs", 240000]])
        const small = created.variants.find((v: { title: string }) => v.title === "16 cm")
        expect(await stockedQuantity(small.id)).toBe(4)

        const store = await call("get", `/store/products?handle=${created.handle}`, { "x-publishable-api-key": publishableKey })
        expect(store.data.products).toHaveLength(1)
      })

      it("stocks a new product at the bakery's own stock location when one is linked", async () => {
        const location = await container().resolve(Modules.STOCK_LOCATION).createStockLocations({ name: "Shirin Tort kitchen" })
        await container()
          .resolve(ContainerRegistrationKeys.LINK)
          .create({ [BAKERY_MODULE]: { bakery_id: bakery.b }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } })
        const response = await call("post", "/baker/products", bearer(token.b), newProduct("Medovik"))
        expect(response.status).toBe(201)
        expect(response.data.product.handle).toBe("shirin-tort-medovik")
        const levels = response.data.product.variants.flatMap((v: any) => v.inventory_items[0].inventory.location_levels)
        expect(levels.map((level: { location_id: string }) => level.location_id)).toEqual([location.id, location.id])
      })

      it("searches the baker's own products by title", async () => {
        const found = await call("get", "/baker/products?q=honey", bearer(token.a))
        expect(found.data.products.map((p: { id: string }) => p.id)).toEqual([product.a])
        const foreign = await call("get", "/baker/products?q=napoleon", bearer(token.a))
        expect(foreign.data).toMatchObject({ products: [], count: 0 })
      })

      it.each([
        ["no title", { ...newProduct("x"), title: undefined }, "title"],
        ["no variants", { ...newProduct("Empty"), variants: [] }, "'variants' too small"],
        ["a variant without prices", { ...newProduct("Free"), variants: [{ title: "One", prices: [] }] }, "'variants, 0, prices' too small"],
        ["negative stock", { ...newProduct("Minus"), variants: [{ title: "One", prices: [{ currency_code: "uzs", amount: 1 }], stock: -1 }] }, "'variants, 0, stock' too small"],
        ["a negative price", { ...newProduct("Cheap"), variants: [{ title: "One", prices: [{ currency_code: "uzs", amount: -5 }] }] }, "'variants, 0, prices, 0, amount' too small"],
        ["a handle the store already uses", { ...newProduct("Medovik"), handle: "medovik" }, "already exists"],
        ["duplicate variant titles", { ...newProduct("Twins"), variants: [newProduct("a").variants[0], newProduct("a").variants[0]] }, "differ"],
        ["a variant missing an option", { ...newProduct("Opt"), options: [{ title: "Size", values: ["16 cm"] }] }, 'option "Size"'],
      ])("refuses a product with %s with 400 and creates nothing", async (_, body, hint) => {
        const countBefore = (await query().graph({ entity: "product", fields: ["id"] })).data.length
        const response = await call("post", "/baker/products", bearer(token.a), body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(hint)
        expect((await query().graph({ entity: "product", fields: ["id"] })).data).toHaveLength(countBefore)
        expect(await linkedProductIds(bakery.a)).toEqual([product.a])
      })

      it("updates the baker's own product and replaces a variant's prices", async () => {
        const response = await call("post", `/baker/products/${product.a}`, bearer(token.a), {
          title: "Honey cake",
          variants: [{ id: variantA, prices: [{ currency_code: "uzs", amount: 175000 }] }],
        })
        expect(response.status).toBe(200)
        expect(response.data.product.title).toBe("Honey cake")
        const prices = response.data.product.variants[0].prices.map((p: any) => [p.currency_code, p.amount])
        expect(prices).toEqual([["uzs", 175000]])
      })

      it("refuses an update naming another product's variant with 404 and changes nothing", async () => {
        const { data } = await query().graph({ entity: "product", fields: ["variants.id"], filters: { id: product.b } })
        const response = await call("post", `/baker/products/${product.a}`, bearer(token.a), {
          title: "Changed",
          variants: [{ id: data[0].variants[0].id, prices: [{ currency_code: "uzs", amount: 1 }] }],
        })
        expect(response.status).toBe(404)
        expect(await productTitle(product.a)).toBe("Sariq Non honey cake")
      })

      it("deletes the baker's own product and its bakery link", async () => {
        const response = await call("delete", `/baker/products/${product.a}`, bearer(token.a))
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ id: product.a, object: "product", deleted: true })
        expect(await linkedProductIds(bakery.a)).toEqual([])
        expect((await call("get", `/baker/products/${product.a}`, bearer(token.a))).status).toBe(404)
      })

      it("sets a variant's stocked quantity at the bakery's location", async () => {
        const path = `/baker/products/${product.a}/variants/${variantA}/stock`
        const response = await call("post", path, bearer(token.a), { quantity: 12 })
        expect(response.status).toBe(200)
        expect(response.data.inventory_level).toMatchObject({ variant_id: variantA, location_id: bukharaLocationId, stocked_quantity: 12 })
        expect(await stockedQuantity(variantA)).toBe(12)
      })

      it.each([
        ["a negative quantity", { quantity: -1 }],
        ["a fractional quantity", { quantity: 1.5 }],
        ["no quantity", {}],
      ])("refuses %s of stock with 400 and keeps the stock", async (_, body) => {
        const response = await call("post", `/baker/products/${product.a}/variants/${variantA}/stock`, bearer(token.a), body)
        expect(response.status).toBe(400)
        expect(await stockedQuantity(variantA)).toBe(5)
      })

      it("lets a suspended bakery's baker read products but answers 403 BAKERY_SUSPENDED to every change", async () => {
        await bakeryModule().updateBakeries({ id: bakery.a, status: "suspended", suspension_reason: "Hygiene check" })
        expect((await call("get", "/baker/products", bearer(token.a))).status).toBe(200)
        expect((await call("get", `/baker/products/${product.a}`, bearer(token.a))).status).toBe(200)
        const changes: ["post" | "delete", string, unknown?][] = [
          ["post", "/baker/products", newProduct("While suspended")],
          ["post", `/baker/products/${product.a}`, { title: "While suspended" }],
          ["delete", `/baker/products/${product.a}`],
          ["post", `/baker/products/${product.a}/variants/${variantA}/stock`, { quantity: 99 }],
        ]
        for (const [method, path, body] of changes) {
          const response = await call(method, path, bearer(token.a), body)
          expect({ path, status: response.status, code: response.data.code }).toEqual({ path, status: 403, code: "BAKERY_SUSPENDED" })
        }
        expect(await linkedProductIds(bakery.a)).toEqual([product.a])
        expect(await productTitle(product.a)).toBe("Sariq Non honey cake")
        expect(await stockedQuantity(variantA)).toBe(5)
      })
    })

    describe("baker orders", () => {
      it("lists only the orders of the baker's own bakery", async () => {
        const response = await call("get", "/baker/orders", bearer(token.a))
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(2)
        expect(response.data.orders.map((o: { id: string }) => o.id).sort()).toEqual([order.a, order.aCanceled].sort())
        const other = await call("get", "/baker/orders", bearer(token.b))
        expect(other.data.orders.map((o: { id: string }) => o.id)).toEqual([order.b])
      })

      it("filters by status and by creation time", async () => {
        const pending = await call("get", "/baker/orders?status=pending", bearer(token.a))
        expect(pending.data.orders.map((o: { id: string }) => o.id)).toEqual([order.a])
        const future = new Date(Date.now() + 86_400_000).toISOString()
        const none = await call("get", `/baker/orders?created_at[$gte]=${future}`, bearer(token.a))
        expect(none.data).toMatchObject({ orders: [], count: 0 })
        const past = new Date(Date.now() - 86_400_000).toISOString()
        const all = await call("get", `/baker/orders?created_at[$gte]=${past}&limit=1`, bearer(token.a))
        expect(all.data).toMatchObject({ count: 2, limit: 1 })
        expect(all.data.orders).toHaveLength(1)
      })

      it("refuses an unknown status or date with 400", async () => {
        expect((await call("get", "/baker/orders?status=eaten", bearer(token.a))).status).toBe(400)
        expect((await call("get", "/baker/orders?created_at[$gte]=yesterday", bearer(token.a))).status).toBe(400)
      })

      it("returns an order of the baker's bakery with its items", async () => {
        const response = await call("get", `/baker/orders/${order.a}`, bearer(token.a))
        expect(response.status).toBe(200)
        expect(response.data.order).toMatchObject({ id: order.a, status: "pending", currency_code: "uzs" })
        expect(response.data.order.items).toEqual([expect.objectContaining({ title: "Medovik 16 cm", quantity: 1 })])
      })
    })
  },
})
