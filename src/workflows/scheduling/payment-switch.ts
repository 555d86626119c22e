import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { SCHEDULING_MODULE } from "../../modules/scheduling"
import { SchedulingErrorCodes } from "../../modules/scheduling/error-codes"
import type SchedulingModuleService from "../../modules/scheduling/service"

const readDisabledProviders = async (container: MedusaContainer) =>
  new Set((await container.resolve<SchedulingModuleService>(SCHEDULING_MODULE).readStoreSwitches()).disabled_payment_providers)

/** Of `providerIds`, those staff have not turned off (the `disabled_payment_providers` switch, read now). */
export async function enabledPaymentProviders<T extends string>(container: MedusaContainer, providerIds: readonly T[]): Promise<T[]> {
  const disabled = await readDisabledProviders(container)
  return providerIds.filter((id) => !disabled.has(id))
}

/**
 * Refuses to START a payment with a provider staff turned off (409 PAYMENT_METHOD_DISABLED). Only the start is
 * checked: a payment begun before the switch went off finishes, since gateway callbacks never consult the switch.
 */
export async function assertPaymentProviderEnabled(container: MedusaContainer, providerId: string): Promise<void> {
  if (!(await readDisabledProviders(container)).has(providerId)) return
  throw new MedusaError(
    MedusaError.Types.CONFLICT,
    `Payment with ${providerId} is turned off for now; choose another payment method.`,
    SchedulingErrorCodes.PAYMENT_METHOD_DISABLED
  )
}
