import { Client } from "pg"

/*
 * Read-only looks at Medusa's tables so the launcher can skip work that is already done without booting Medusa.
 * Only ever reads; every write goes through Medusa (migrations, workflows in src/scripts/bootstrap.ts).
 */
async function withClient<T>(databaseUrl: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

export function seedVersionIn(databaseUrl: string): Promise<number | undefined> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select metadata->>'dasturxon_seed_version' as version from store where deleted_at is null order by created_at limit 1"
    )
    const version = rows[0]?.version
    return version ? Number(version) : undefined
  })
}

export function adminUserExists(databaseUrl: string, email: string): Promise<boolean> {
  return withClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from "user" where email = $1 and deleted_at is null', [email])
    return Boolean(rowCount)
  })
}

export function publishableKeys(databaseUrl: string): Promise<{ title: string; token: string }[]> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      "select title, token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at"
    )
    return rows
  })
}
