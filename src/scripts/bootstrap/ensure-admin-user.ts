import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

type Credentials = { email: string; password: string }

/**
 * Creates the admin user with an email/password login unless a user with that email exists. An existing user's
 * password is never changed here (staff change it in the admin).
 */
export async function ensureAdminUser(container: MedusaContainer, { email, password }: Credentials): Promise<boolean> {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existingUser] = await userModule.listUsers({ email })
  if (existingUser) return false

  const [existingIdentity] = await authModule.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  let authIdentityId = existingIdentity?.auth_identity_id
  let registeredHere = false
  if (!authIdentityId) {
    const { success, authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not register the admin login ${email}: ${error}`)
    }
    authIdentityId = authIdentity.id
    registeredHere = true
  }

  try {
    await createUserAccountWorkflow(container).run({ input: { authIdentityId, userData: { email } } })
  } catch (error) {
    // The workflow rolled back its own steps; the login registered above is ours to remove.
    if (registeredHere) await authModule.deleteAuthIdentities([authIdentityId])
    throw error
  }
  return true
}
