import { mkdtemp, rm } from "node:fs/promises"
import type { IncomingMessage, ServerResponse } from "node:http"
import { tmpdir } from "node:os"
import path from "node:path"
import { listenOnLoopback } from "./loopback-server"

// s3rver ships no types; this is the part of its API used here (a Koa app).
type S3rverApp = { configureBuckets(): Promise<void>; callback(): (request: IncomingMessage, response: ServerResponse) => void }
const S3rver: new (options: Record<string, unknown>) => S3rverApp = require("s3rver")

const SUBRESOURCES = ["uploadId", "partNumber", "acl", "tagging"]

/** s3rver's built-in account; it knows no other keys. */
export const FAKE_S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }

export type FakeS3Call = { method: string; path: string; anonymous: boolean; status: number }

export type FakeS3 = {
  /** The endpoint, for S3_ENDPOINT (path-style, as MinIO is used). */
  url: string
  bucket: string
  /** Where the bucket's objects are read anonymously, for S3_FILE_URL. */
  publicUrl: string
  /** The environment that points the app's File module at this server. */
  env: Record<string, string>
  /** The canned ACL each stored key was given ("private" when its upload named none). */
  aclOf(key: string): string | undefined
  calls: FakeS3Call[]
  close(): Promise<void>
}

/**
 * An S3-compatible server on 127.0.0.1 for tests of the S3 file provider: s3rver (files in a temporary folder) behind a
 * gate that enforces what s3rver leaves out, S3's object ACLs for anonymous requests. A signed request (Authorization
 * header or a presigned query, whose expiry s3rver checks) may do anything; an anonymous one may only GET or HEAD an
 * object uploaded with the public-read ACL, and never list the bucket, as on AWS or DigitalOcean Spaces with
 * "Block public ACLs" off and no public bucket policy. Every request is recorded.
 */
export async function startFakeS3({ bucket = "dasturxon-test" }: { bucket?: string } = {}): Promise<FakeS3> {
  const directory = await mkdtemp(path.join(tmpdir(), "fake-s3-"))
  const s3rver = new S3rver({ directory, silent: true, configureBuckets: [{ name: bucket }] })
  await s3rver.configureBuckets()
  const serve = s3rver.callback()
  const acls = new Map<string, string>()
  const calls: FakeS3Call[] = []

  const server = await listenOnLoopback(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake-s3")
    const [, requestBucket = "", ...keyParts] = url.pathname.split("/")
    const key = keyParts.map(decodeURIComponent).join("/")
    const anonymous = !request.headers.authorization && !url.searchParams.has("X-Amz-Algorithm") && !url.searchParams.has("Signature")
    response.on("finish", () => calls.push({ method: request.method ?? "", path: url.pathname, anonymous, status: response.statusCode }))

    if (anonymous && !(["GET", "HEAD"].includes(request.method ?? "") && key && acls.get(key) === "public-read")) {
      response.writeHead(403, { "content-type": "application/xml" })
      response.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>`)
      return
    }
    // a whole-object PUT (not a part, a copy's ACL or tags) sets the object's ACL, as S3 does
    if (!anonymous && request.method === "PUT" && requestBucket === bucket && key && !SUBRESOURCES.some((name) => url.searchParams.has(name))) {
      acls.set(key, String(request.headers["x-amz-acl"] ?? "private"))
    }
    serve(request, response)
  })

  return {
    url: server.url,
    bucket,
    publicUrl: `${server.url}/${bucket}`,
    env: {
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: FAKE_S3_CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: FAKE_S3_CREDENTIALS.secretAccessKey,
      S3_ENDPOINT: server.url,
      S3_FILE_URL: `${server.url}/${bucket}`,
      S3_FORCE_PATH_STYLE: "true",
    },
    aclOf: (key) => acls.get(key),
    calls,
    async close() {
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
