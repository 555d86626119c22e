import { EnvError, readEnv } from "../../../config/env"
import { planModules } from "../../../config/modules"

const TWILIO = { TWILIO_ACCOUNT_SID: `AC${"a".repeat(32)}`, TWILIO_AUTH_TOKEN: "token", TWILIO_FROM: "+998712000000" }

function notificationProviders(env: Record<string, string>): { resolve: string; id: string; options: Record<string, unknown> }[] {
  const notification = planModules(readEnv(env)).modules.find((entry) => entry.resolve === "@medusajs/medusa/notification")
  return (notification?.options?.providers ?? []) as { resolve: string; id: string; options: Record<string, unknown> }[]
}
const smsLine = (env: Record<string, string>) => planModules(readEnv(env)).report.filter((line) => line.startsWith("sms:"))

function envIssues(env: Record<string, string>): string[] {
  try {
    readEnv(env)
    return []
  } catch (error) {
    return (error as EnvError).issues
  }
}

describe("Twilio settings", () => {
  it("registers the twilio-sms provider on the sms channel when sid, token and sender are set", () => {
    const sms = notificationProviders({ ...TWILIO, ALERT_SMS_TO: "+998901234567" }).find((provider) => provider.id === "twilio-sms")
    expect(sms).toMatchObject({
      resolve: "./src/modules/notification-twilio",
      options: { channels: ["sms"], accountSid: TWILIO.TWILIO_ACCOUNT_SID, from: "+998712000000", apiBaseUrl: "https://api.twilio.com", maxAttempts: 4, retryDelayMs: 500 },
    })
    expect(smsLine({ ...TWILIO, ALERT_SMS_TO: "+998901234567" })).toEqual(["sms: Twilio on, from +99871 *** ** 00, staff alerts to 1 number(s)"])
  })

  it("accepts a messaging service in place of a sender number", () => {
    const { TWILIO_FROM: _from, ...withoutFrom } = TWILIO
    const env = { ...withoutFrom, TWILIO_MESSAGING_SERVICE_SID: `MG${"b".repeat(32)}` }
    expect(notificationProviders(env).map((provider) => provider.id)).toContain("twilio-sms")
    expect(smsLine(env)).toEqual(["sms: Twilio on, from a messaging service, no staff alert numbers (ALERT_SMS_TO unset)"])
  })

  it("stays off with one line naming what is missing, and says where alerts go then", () => {
    expect(notificationProviders({}).map((provider) => provider.id)).not.toContain("twilio-sms")
    expect(smsLine({})).toEqual(["sms: Twilio off (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID unset)"])
    expect(smsLine({ TWILIO_AUTH_TOKEN: "token", ALERT_SMS_TO: "+998901234567" })).toEqual([
      "sms: Twilio off (TWILIO_ACCOUNT_SID, TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID unset); staff alerts go to the staff chat instead",
    ])
  })

  it("reads ALERT_SMS_TO as a list of E.164 numbers without repeats", () => {
    expect(readEnv({ ALERT_SMS_TO: " +998901234567, +998935550011 ,,+998901234567" }).ALERT_SMS_TO).toEqual(["+998901234567", "+998935550011"])
    expect(readEnv({}).ALERT_SMS_TO).toEqual([])
  })

  it("names a bad ALERT_SMS_TO entry by its place without echoing the number", () => {
    const issues = envIssues({ ALERT_SMS_TO: "+998901234567,998935550011" })
    expect(issues).toEqual(["ALERT_SMS_TO: entry 2 is not an E.164 phone number like +998901234567"])
  })

  it("checks the shape of the SIDs and the sender", () => {
    expect(envIssues({ TWILIO_ACCOUNT_SID: "AC123" })).toEqual(["TWILIO_ACCOUNT_SID: TWILIO_ACCOUNT_SID must be AC followed by 32 hex digits (Twilio Console)"])
    expect(envIssues({ TWILIO_FROM: "Dasturxon" })).toEqual([])
    expect(envIssues({ TWILIO_FROM: "Dasturxon Bakery" })).toHaveLength(1)
  })
})
