import type { StorageAdapter } from "grammy"
import type TelegramModuleService from "../service"

/** grammY sessions in PostgreSQL (the telegram_session table), for installs without Redis. */
export class PostgresSessionStorage<T> implements StorageAdapter<T> {
  constructor(private readonly telegram: TelegramModuleService) {}

  async read(key: string): Promise<T | undefined> {
    const [row] = await this.telegram.listTelegramSessions({ key })
    return (row?.value as T | undefined) ?? undefined
  }

  async write(key: string, value: T): Promise<void> {
    const [row] = await this.telegram.listTelegramSessions({ key })
    const json = value as unknown as Record<string, unknown>
    if (row) await this.telegram.updateTelegramSessions({ id: row.id, value: json })
    else await this.telegram.createTelegramSessions({ key, value: json })
  }

  async delete(key: string): Promise<void> {
    const rows = await this.telegram.listTelegramSessions({ key })
    if (rows.length) await this.telegram.deleteTelegramSessions(rows.map((row) => row.id))
  }
}
