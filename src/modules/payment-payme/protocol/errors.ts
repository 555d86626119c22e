/*
 * Payme Merchant API error codes (protocol doc §1.7). Payme shows `message` to the payer, so every text is
 * customer-readable in Russian, Uzbek (Latin) and English.
 */
export type LocalizedMessage = { ru: string; uz: string; en: string }

export const PAYME_ERRORS = {
  METHOD_NOT_POST: -32300,
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INSUFFICIENT_PRIVILEGE: -32504,
  SYSTEM_ERROR: -32400,
  WRONG_AMOUNT: -31001,
  TRANSACTION_NOT_FOUND: -31003,
  CANNOT_CANCEL_DELIVERED: -31007,
  CANNOT_PERFORM: -31008,
  ORDER_NOT_FOUND: -31050,
  ORDER_PAYMENT_IN_PROGRESS: -31051,
  ORDER_NOT_PAYABLE: -31052,
} as const

export type PaymeErrorKind = keyof typeof PAYME_ERRORS

const MESSAGES: Record<PaymeErrorKind, LocalizedMessage> = {
  METHOD_NOT_POST: {
    ru: "Запрос должен быть отправлен методом POST",
    uz: "So'rov POST usuli bilan yuborilishi kerak",
    en: "The request must be sent with the POST method",
  },
  PARSE_ERROR: {
    ru: "Не удалось разобрать JSON запроса",
    uz: "So'rovdagi JSON'ni o'qib bo'lmadi",
    en: "The request JSON could not be parsed",
  },
  INVALID_REQUEST: {
    ru: "Неверный формат запроса",
    uz: "So'rov formati noto'g'ri",
    en: "The request is malformed",
  },
  METHOD_NOT_FOUND: {
    ru: "Запрашиваемый метод не найден",
    uz: "So'ralgan usul topilmadi",
    en: "The requested method was not found",
  },
  INSUFFICIENT_PRIVILEGE: {
    ru: "Недостаточно привилегий для выполнения метода",
    uz: "Usulni bajarish uchun huquqlar yetarli emas",
    en: "Insufficient privilege to perform this method",
  },
  SYSTEM_ERROR: {
    ru: "Системная ошибка, попробуйте позже",
    uz: "Tizim xatosi, keyinroq urinib ko'ring",
    en: "System error, please try again later",
  },
  WRONG_AMOUNT: {
    ru: "Неверная сумма платежа",
    uz: "To'lov summasi noto'g'ri",
    en: "The payment amount is incorrect",
  },
  TRANSACTION_NOT_FOUND: {
    ru: "Транзакция не найдена",
    uz: "Tranzaksiya topilmadi",
    en: "Transaction not found",
  },
  CANNOT_CANCEL_DELIVERED: {
    ru: "Невозможно отменить транзакцию: заказ уже выполнен",
    uz: "Tranzaksiyani bekor qilib bo'lmaydi: buyurtma allaqachon bajarilgan",
    en: "The transaction cannot be cancelled: the order has already been delivered",
  },
  CANNOT_PERFORM: {
    ru: "Невозможно выполнить операцию в текущем состоянии транзакции",
    uz: "Tranzaksiyaning joriy holatida bu amalni bajarib bo'lmaydi",
    en: "This operation cannot be performed in the transaction's current state",
  },
  ORDER_NOT_FOUND: {
    ru: "Заказ не найден",
    uz: "Buyurtma topilmadi",
    en: "Order not found",
  },
  ORDER_PAYMENT_IN_PROGRESS: {
    ru: "Заказ уже оплачивается другой транзакцией",
    uz: "Buyurtma boshqa tranzaksiya orqali to'lanmoqda",
    en: "The order is already being paid by another transaction",
  },
  ORDER_NOT_PAYABLE: {
    ru: "Этот заказ нельзя оплатить",
    uz: "Bu buyurtmani to'lab bo'lmaydi",
    en: "This order cannot be paid",
  },
}

const ACCOUNT_ERROR_KINDS: readonly PaymeErrorKind[] = [
  "ORDER_NOT_FOUND",
  "ORDER_PAYMENT_IN_PROGRESS",
  "ORDER_NOT_PAYABLE",
]

export class PaymeRpcError extends Error {
  readonly code: number
  readonly localized: LocalizedMessage
  readonly data?: unknown
  readonly kind: PaymeErrorKind

  constructor(kind: PaymeErrorKind, data?: unknown) {
    super(MESSAGES[kind].en)
    this.name = "PaymeRpcError"
    this.kind = kind
    this.code = PAYME_ERRORS[kind]
    this.localized = MESSAGES[kind]
    if (data !== undefined) {
      this.data = data
    }
  }
}

export function paymeError(kind: PaymeErrorKind, data?: unknown): PaymeRpcError {
  // Payme requires account errors (-31050…-31099) to name the account field in `data`; a missing one is our bug.
  if (ACCOUNT_ERROR_KINDS.includes(kind) && (typeof data !== "string" || data === "")) {
    throw new TypeError(`Payme error ${kind} needs the account field name as its data`)
  }
  return new PaymeRpcError(kind, data)
}
