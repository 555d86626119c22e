import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import type { Chat, File, InlineKeyboardMarkup, Message, ResponseParameters, UserFromGetMe } from "grammy/types"

/*
 * A stand-in for the Telegram Bot API (https://api.telegram.org) on 127.0.0.1; grammY is pointed at it with
 * `apiRoot`. It checks the token in the path, reads parameters the ways Telegram accepts them (query string, JSON,
 * x-www-form-urlencoded, multipart/form-data with attach:// uploads), answers the methods the bot uses with real
 * objects, keeps the messages it sent per chat (so edits and deletes fail as Telegram's do) and the files it knows
 * (so getFile and downloads work), and records every call made with the right token.
 * parse_mode is recorded but not applied: a returned text keeps its markup.
 */

export type FakeTelegramUpload = { filename: string; bytes: Buffer }

export type FakeTelegramCall = {
  /** The method as Telegram names it ("sendMessage"), whatever case the caller used. */
  method: string
  /** Decoded parameters; a multipart upload appears as a FakeTelegramUpload in place of its attach:// reference. */
  params: Record<string, unknown>
  at: Date
}

export type FakeTelegramError = { error_code: number; description: string; parameters?: ResponseParameters }

type Params = Record<string, unknown>
type Reply = { ok: true; result: unknown; description?: string } | ({ ok: false } & FakeTelegramError)
type StoredFile = { file_id: string; file_unique_id: string; file_path: string; file_name?: string; bytes?: Buffer }
type ChatState = { lastMessageId: number; messages: Map<number, Message>; deleted: Set<number> }

export const FAKE_BOT = { id: 7000000001, is_bot: true as const, first_name: "Dasturxon", username: "dasturxon_test_bot" }

/** The customer of every private chat; telegram-updates.ts builds this customer's updates. */
export const FAKE_CUSTOMER_NAME = "Malika"

const GET_ME: UserFromGetMe = {
  ...FAKE_BOT,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
}

const UNAUTHORIZED: Reply = { ok: false, error_code: 401, description: "Unauthorized" }
const NOT_FOUND: Reply = { ok: false, error_code: 404, description: "Not Found" }
const METHOD_NOT_FOUND: Reply = { ok: false, error_code: 404, description: "Not Found: method not found" }
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"

/* Form and multipart fields arrive as strings; Telegram reads each by its declared type. These are the parameters
   of the answered methods that are not String (Integer, Boolean or JSON-serialized). */
const NON_STRING_FIELDS = new Set([
  "chat_id", "message_id", "message_thread_id", "reply_to_message_id", "cache_time", "max_tip_amount",
  "photo_size", "photo_width", "photo_height", "max_connections", "show_alert", "disable_notification",
  "protect_content", "allow_paid_broadcast", "has_spoiler", "show_caption_above_media",
  "disable_content_type_detection", "need_name", "need_phone_number", "need_email", "need_shipping_address",
  "send_phone_number_to_provider", "send_email_to_provider", "is_flexible", "ok", "drop_pending_updates",
  "reply_markup", "entities", "caption_entities", "link_preview_options", "reply_parameters", "prices",
  "suggested_tip_amounts", "allowed_updates", "commands", "scope",
])

const MIME_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  txt: "text/plain",
  csv: "text/csv",
}

class TelegramFailure extends Error {
  constructor(readonly error: FakeTelegramError) {
    super(error.description)
  }
}

function badRequest(what: string): never {
  throw new TelegramFailure({ error_code: 400, description: `Bad Request: ${what}` })
}

const now = () => Math.floor(Date.now() / 1000)
const extensionOf = (filename: string) => /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase() ?? "dat"

function isUpload(value: unknown): value is FakeTelegramUpload {
  return typeof value === "object" && value !== null && Buffer.isBuffer((value as FakeTelegramUpload).bytes)
}

function required(params: Params, ...names: string[]): void {
  for (const name of names) {
    if (params[name] === undefined || params[name] === "") {
      badRequest(name === "text" ? "message text is empty" : `${name} is empty`)
    }
  }
}

function chatIdOf(params: Params): number {
  required(params, "chat_id")
  const chatId = params.chat_id
  // An @username would need Telegram's directory; the fake knows chats by id only.
  if (typeof chatId === "number" || (typeof chatId === "string" && /^-?\d+$/.test(chatId))) return Number(chatId)
  return badRequest("chat not found")
}

/* Ids follow Telegram's ranges: users positive, basic groups negative, channels -100…; the staff chat is a channel. */
export function fakeChat(id: number): Chat {
  if (id > 0) return { id, type: "private", first_name: FAKE_CUSTOMER_NAME }
  if (String(id).startsWith("-100")) return { id, type: "channel", title: "Fake channel" }
  return { id, type: "group", title: "Fake group" }
}

/** Who a message the bot sends appears to be from: in a channel Telegram leaves `from` empty and names the channel. */
export function botSender(chat: Chat): Pick<Message, "from" | "sender_chat"> {
  return chat.type === "channel" ? { sender_chat: chat } : { from: FAKE_BOT }
}

/* A Message carries only inline keyboards; a reply keyboard lives on the client and is not echoed. */
function inlineMarkup(markup: unknown): { reply_markup?: InlineKeyboardMarkup } {
  const keyboard = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard
  return Array.isArray(keyboard) && keyboard.length ? { reply_markup: markup as InlineKeyboardMarkup } : {}
}

function typedFields(entries: Iterable<[string, string]>): Params {
  const params: Params = {}
  for (const [key, value] of entries) {
    params[key] = NON_STRING_FIELDS.has(key) ? parseOrKeep(value) : value
  }
  return params
}

function parseOrKeep(value: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

function dispositionValue(headers: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${key}=(?:"([^"]*)"|([^;\\r\\n]*))`, "im").exec(headers)
  return match ? (match[1] ?? match[2]).trim() : undefined
}

/*
 * grammY writes part headers as `content-disposition:form-data;name="x";filename=y` (no spaces, filename unquoted),
 * which Telegram accepts and undici's Request.formData() rejects, so the parts are split here.
 */
function multipartParams(body: Buffer, contentType: string): Params {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (!boundary) return badRequest("multipart/form-data without a boundary")
  const delimiter = `--${boundary[1] ?? boundary[2]}`
  const fields: [string, string][] = []
  const uploads = new Map<string, FakeTelegramUpload>()
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const partStart = start + delimiter.length + 2
    const end = body.indexOf(`\r\n${delimiter}`, partStart)
    const headerEnd = body.indexOf("\r\n\r\n", partStart)
    if (end === -1 || headerEnd === -1 || headerEnd > end) break
    const headers = body.subarray(partStart, headerEnd).toString("utf8")
    const name = dispositionValue(headers, "name") ?? ""
    const filename = dispositionValue(headers, "filename")
    const content = body.subarray(headerEnd + 4, end)
    if (filename === undefined) fields.push([name, content.toString("utf8")])
    else uploads.set(name, { filename, bytes: Buffer.from(content) })
    start = end + 2
  }
  const params = typedFields(fields)
  for (const [name, upload] of uploads) {
    const referrer = Object.keys(params).find((key) => params[key] === `attach://${name}`)
    params[referrer ?? name] = upload
  }
  return params
}

async function readParams(request: IncomingMessage, url: URL): Promise<Params> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  const query = typedFields(url.searchParams)
  if (!body.length) return query
  const contentType = request.headers["content-type"] ?? ""
  if (contentType.startsWith("multipart/form-data")) return { ...query, ...multipartParams(body, contentType) }
  if (!contentType.startsWith("application/json")) {
    return { ...query, ...typedFields(new URLSearchParams(body.toString("utf8"))) }
  }
  try {
    return { ...query, ...JSON.parse(body.toString("utf8")) }
  } catch {
    return badRequest("can't parse JSON object")
  }
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.ok ? 200 : reply.error_code, { "Content-Type": "application/json" })
  response.end(JSON.stringify(reply))
}

export async function startFakeTelegram({ token }: { token: string }): Promise<{
  /** The apiRoot to give grammY (`client: { apiRoot }`). */
  url: string
  calls: FakeTelegramCall[]
  callsOf(method: string): FakeTelegramCall[]
  /** The next call of `method` answers this error once, with HTTP status = error_code, as Telegram does. */
  failNext(method: string, error: FakeTelegramError): void
  /** Makes a file known as if a customer had sent it (e.g. the fileId of a `photoMessage` update). */
  addFile(fileId: string, bytes: Buffer): void
  /** The bot's messages in a chat as Telegram holds them now: edits applied, deletions gone. */
  messagesIn(chatId: number): Message[]
  /** Makes a user a member of a group or channel (getChatMember answers "member"; others are "left"). */
  addMember(chatId: number, userId: number, status?: "member" | "administrator" | "creator"): void
  /** Forgets calls, pending failures, messages, files and members, as a freshly started fake. */
  reset(): void
  close(): Promise<void>
}> {
  const calls: FakeTelegramCall[] = []
  const failures = new Map<string, FakeTelegramError[]>()
  const chats = new Map<number, ChatState>()
  const files = new Map<string, StoredFile>()
  const members = new Map<string, string>()
  let fileCount = 0

  function chatState(chatId: number): ChatState {
    const state = chats.get(chatId) ?? { lastMessageId: 0, messages: new Map(), deleted: new Set<number>() }
    chats.set(chatId, state)
    return state
  }

  function post(chatId: number, content: Partial<Message>): Message {
    const state = chatState(chatId)
    const chat = fakeChat(chatId)
    const message: Message = { message_id: ++state.lastMessageId, date: now(), chat, ...botSender(chat), ...content }
    state.messages.set(message.message_id, message)
    return message
  }

  function ownMessage(params: Params, action: "edit" | "delete"): Message {
    const chatId = chatIdOf(params)
    required(params, "message_id")
    return chats.get(chatId)?.messages.get(Number(params.message_id)) ?? badRequest(`message to ${action} not found`)
  }

  /* An edit replaces the text and the keyboard; leaving reply_markup out removes the keyboard, as in Telegram. */
  function edit(message: Message, content: { text?: string; reply_markup?: InlineKeyboardMarkup }): Message {
    const sameText = content.text === undefined || content.text === message.text
    if (sameText && JSON.stringify(content.reply_markup) === JSON.stringify(message.reply_markup)) {
      badRequest(NOT_MODIFIED)
    }
    const { reply_markup: _removed, ...unmarked } = message
    const edited: Message = { ...unmarked, ...content, edit_date: now() }
    chatState(message.chat.id).messages.set(message.message_id, edited)
    return edited
  }

  function storeFile(kind: "photos" | "documents", bytes: Buffer | undefined, fileName: string): StoredFile {
    const n = ++fileCount
    const file: StoredFile = {
      // The prefixes are those of Telegram's photo and document ids, so code that sniffs them behaves.
      file_id: `${kind === "photos" ? "AgAC" : "BQAC"}-fake-${n}`,
      file_unique_id: `AQAD-fake-${n}`,
      file_path: `${kind}/file_${n}.${extensionOf(fileName)}`,
      file_name: fileName,
      bytes,
    }
    files.set(file.file_id, file)
    return file
  }

  function fileOf(value: unknown, kind: "photos" | "documents"): StoredFile {
    if (isUpload(value)) return storeFile(kind, value.bytes, value.filename)
    if (typeof value === "string" && files.has(value)) return files.get(value) as StoredFile
    // Telegram fetches a URL itself and issues a new file_id; the fake keeps no bytes for it.
    if (typeof value === "string" && /^https?:\/\//.test(value)) {
      return storeFile(kind, undefined, new URL(value).pathname.split("/").pop() || "file")
    }
    return badRequest("wrong file identifier/HTTP URL specified")
  }

  const captionOf = (params: Params) => (params.caption === undefined ? {} : { caption: String(params.caption) })
  const ok = (result: unknown, description?: string): Reply => ({ ok: true, result, ...(description && { description }) })

  const methods: Record<string, (params: Params) => Reply> = {
    getMe: () => ok(GET_ME),
    sendMessage(params) {
      const chatId = chatIdOf(params)
      required(params, "text")
      const entities = params.entities === undefined ? {} : { entities: params.entities as Message["entities"] }
      return ok(post(chatId, { text: String(params.text), ...entities, ...inlineMarkup(params.reply_markup) }))
    },
    editMessageText(params) {
      required(params, "text")
      if (params.inline_message_id) return ok(true)
      const message = ownMessage(params, "edit")
      if (message.text === undefined) badRequest("there is no text in the message to edit")
      return ok(edit(message, { text: String(params.text), ...inlineMarkup(params.reply_markup) }))
    },
    editMessageReplyMarkup(params) {
      if (params.inline_message_id) return ok(true)
      return ok(edit(ownMessage(params, "edit"), inlineMarkup(params.reply_markup)))
    },
    deleteMessage(params) {
      const chatId = chatIdOf(params)
      required(params, "message_id")
      const state = chatState(chatId)
      const messageId = Number(params.message_id)
      // The customer's own messages never pass through the fake, so only a second delete is known to fail.
      if (state.deleted.has(messageId)) badRequest("message to delete not found")
      state.messages.delete(messageId)
      state.deleted.add(messageId)
      return ok(true)
    },
    answerCallbackQuery(params) {
      required(params, "callback_query_id")
      return ok(true)
    },
    sendPhoto(params) {
      const chatId = chatIdOf(params)
      required(params, "photo")
      const file = fileOf(params.photo, "photos")
      // The fake does not decode images, so every photo reports one 1280x1280 size.
      const size = file.bytes && { file_size: file.bytes.length }
      const photo = [{ file_id: file.file_id, file_unique_id: file.file_unique_id, width: 1280, height: 1280, ...size }]
      return ok(post(chatId, { photo, ...captionOf(params), ...inlineMarkup(params.reply_markup) }))
    },
    sendDocument(params) {
      const chatId = chatIdOf(params)
      required(params, "document")
      const file = fileOf(params.document, "documents")
      const document = {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        file_name: file.file_name,
        mime_type: MIME_TYPES[extensionOf(file.file_name ?? "")] ?? "application/octet-stream",
        ...(file.bytes && { file_size: file.bytes.length }),
      }
      return ok(post(chatId, { document, ...captionOf(params), ...inlineMarkup(params.reply_markup) }))
    },
    sendInvoice(params) {
      const chatId = chatIdOf(params)
      required(params, "title", "description", "payload", "currency", "prices")
      const prices = params.prices as { label: string; amount: number }[]
      const invoice = {
        title: String(params.title),
        description: String(params.description),
        start_parameter: String(params.start_parameter ?? ""),
        currency: String(params.currency),
        total_amount: prices.reduce((sum, price) => sum + Number(price.amount), 0),
      }
      return ok(post(chatId, { invoice, ...inlineMarkup(params.reply_markup) }))
    },
    answerPreCheckoutQuery(params) {
      required(params, "pre_checkout_query_id", "ok")
      if (params.ok === false) required(params, "error_message")
      return ok(true)
    },
    setWebhook(params) {
      required(params, "url")
      return ok(true, "Webhook was set")
    },
    deleteWebhook: () => ok(true, "Webhook was deleted"),
    setMyCommands(params) {
      required(params, "commands")
      return ok(true)
    },
    getChatMember(params) {
      const chatId = chatIdOf(params)
      required(params, "user_id")
      const userId = Number(params.user_id)
      const user = { id: userId, is_bot: false, first_name: FAKE_CUSTOMER_NAME }
      const status = members.get(`${chatId}:${userId}`) ?? "left"
      return ok({ status, user })
    },
    getFile(params) {
      required(params, "file_id")
      const file = files.get(String(params.file_id)) ?? badRequest("invalid file_id")
      const result: File = {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        file_path: file.file_path,
        ...(file.bytes && { file_size: file.bytes.length }),
      }
      return ok(result)
    },
  }
  // Telegram's method names are case-insensitive.
  const methodNames = new Map(Object.keys(methods).map((name) => [name.toLowerCase(), name]))

  function answer(method: string, params: Params): Reply {
    const failure = failures.get(method.toLowerCase())?.shift()
    if (failure) return { ok: false, ...failure }
    const handler = methods[method]
    return handler ? handler(params) : METHOD_NOT_FOUND
  }

  function serveFile(response: ServerResponse, fileToken: string, filePath: string): void {
    if (fileToken !== token) return send(response, UNAUTHORIZED)
    const file = [...files.values()].find((candidate) => candidate.file_path === filePath)
    if (!file?.bytes) return send(response, NOT_FOUND)
    response.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": file.bytes.length })
    response.end(file.bytes)
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake")
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname)
    if (download) return serveFile(response, download[1], decodeURIComponent(download[2]))
    const call = /^\/bot([^/]+)\/([^/]+)$/.exec(url.pathname)
    if (!call) return send(response, NOT_FOUND)
    if (call[1] !== token) return send(response, UNAUTHORIZED)
    const method = methodNames.get(call[2].toLowerCase()) ?? call[2]
    try {
      const params = await readParams(request, url)
      calls.push({ method, params, at: new Date() })
      send(response, answer(method, params))
    } catch (error) {
      if (!(error instanceof TelegramFailure)) throw error
      send(response, { ok: false, ...error.error })
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      send(response, { ok: false, error_code: 500, description: `Internal Server Error: ${error.message}` })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsOf(method) {
      return calls.filter((call) => call.method.toLowerCase() === method.toLowerCase())
    },
    failNext(method, error) {
      const key = method.toLowerCase()
      failures.set(key, [...(failures.get(key) ?? []), error])
    },
    addFile(fileId, bytes) {
      const n = ++fileCount
      files.set(fileId, { file_id: fileId, file_unique_id: `AQAD-fake-${n}`, file_path: `photos/file_${n}.jpg`, bytes })
    },
    messagesIn(chatId) {
      return [...(chats.get(chatId)?.messages.values() ?? [])].sort((a, b) => a.message_id - b.message_id)
    },
    reset() {
      calls.length = 0
      failures.clear()
      chats.clear()
      files.clear()
      members.clear()
      fileCount = 0
    },
    addMember(chatId, userId, status = "member") {
      members.set(`${chatId}:${userId}`, status)
    },
    close() {
      // grammY keeps connections alive; without closing them server.close() would wait for their idle timeout.
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
