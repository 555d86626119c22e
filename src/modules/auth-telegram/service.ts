import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import { verifyInitData, type TelegramUser } from "./init-data"

export type TelegramAuthOptions = {
  botToken: string
  /** How long a Mini App launch may be used to sign in; Telegram re-signs on every launch. */
  maxAgeSeconds?: number
}

const DEFAULT_MAX_AGE_SECONDS = 86_400

/**
 * Signs a Telegram user in with the Mini App's `initData`: the Telegram user id is the identity, so the first
 * sign-in creates it and there is no separate registration.
 */
class TelegramAuthService extends AbstractAuthModuleProvider {
  static identifier = "telegram"
  static DISPLAY_NAME = "Telegram Mini App"

  private readonly botToken: string
  private readonly maxAgeSeconds: number

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.botToken !== "string" || !options.botToken) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Telegram auth provider option botToken is required: set TELEGRAM_BOT_TOKEN")
    }
    const maxAge = options.maxAgeSeconds
    if (maxAge !== undefined && !(Number.isSafeInteger(maxAge) && (maxAge as number) > 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Telegram auth provider option maxAgeSeconds must be a positive whole number of seconds")
    }
  }

  constructor(_cradle: Record<string, unknown>, options: TelegramAuthOptions) {
    super()
    this.botToken = options.botToken
    this.maxAgeSeconds = options.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS
  }

  async authenticate(data: AuthenticationInput, authIdentityService: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const initData = data.body?.init_data
    if (typeof initData !== "string" || !initData) {
      return { success: false, error: "Send the Mini App's Telegram.WebApp.initData as init_data" }
    }

    let user: TelegramUser
    try {
      user = verifyInitData(initData, this.botToken, { now: new Date(), maxAgeSeconds: this.maxAgeSeconds }).user
    } catch (error) {
      if (MedusaError.isMedusaError(error)) {
        return { success: false, error: error.message }
      }
      throw error
    }

    return { success: true, authIdentity: await this.findOrCreateIdentity(user, authIdentityService) }
  }

  register(data: AuthenticationInput, authIdentityService: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    return this.authenticate(data, authIdentityService)
  }

  private async findOrCreateIdentity(user: TelegramUser, authIdentityService: AuthIdentityProviderService): Promise<AuthIdentityDTO> {
    const entity_id = String(user.id)
    const existing = await this.findIdentity(entity_id, authIdentityService)
    if (existing) {
      return existing
    }
    try {
      return await authIdentityService.create({
        entity_id,
        user_metadata: {
          first_name: user.first_name,
          last_name: user.last_name,
          username: user.username,
          language_code: user.language_code,
        },
      })
    } catch (error) {
      // Two first sign-ins at once (the Mini App retries): the unique (entity_id, provider) index lets one create
      // win, and the loser signs in to the winner's identity.
      const created = await this.findIdentity(entity_id, authIdentityService)
      if (created) {
        return created
      }
      throw error
    }
  }

  private async findIdentity(entity_id: string, authIdentityService: AuthIdentityProviderService): Promise<AuthIdentityDTO | null> {
    try {
      return await authIdentityService.retrieve({ entity_id })
    } catch (error) {
      if (MedusaError.isMedusaError(error) && error.type === MedusaError.Types.NOT_FOUND) {
        return null
      }
      throw error
    }
  }
}

export default TelegramAuthService
