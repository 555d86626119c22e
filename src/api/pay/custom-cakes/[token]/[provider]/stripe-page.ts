/** Values go into a <script> as JSON; "<" is escaped so no value can close the script element. */
const scriptValue = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c")

const TITLES = { ru: "Оплата торта на заказ", uz: "Buyurtma tort uchun to'lov", en: "Pay for your custom cake" } as const
const PAY = { ru: "Оплатить", uz: "To'lash", en: "Pay" } as const

export type StripePageInput = { publishableKey: string; clientSecret: string; returnUrl: string; locale: string }

/** Stripe's Payment Element on a page of our own, for the card payment a custom cake's Stripe link opens. */
export function stripePaymentPage({ publishableKey, clientSecret, returnUrl, locale }: StripePageInput): string {
  const lang = locale === "uz" || locale === "en" ? locale : "ru"
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[lang]}</title>
<script src="https://js.stripe.com/v3/"></script>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}button{margin-top:1rem;width:100%;padding:.75rem;font-size:1rem}#error{color:#b91c1c}</style>
</head>
<body>
<h1>${TITLES[lang]}</h1>
<form id="pay"><div id="payment-element"></div><button type="submit">${PAY[lang]}</button><p id="error" role="alert"></p></form>
<script>
const stripe = Stripe(${scriptValue(publishableKey)}, { locale: ${scriptValue(lang === "uz" ? "auto" : lang)} });
const elements = stripe.elements({ clientSecret: ${scriptValue(clientSecret)} });
elements.create("payment").mount("#payment-element");
document.getElementById("pay").addEventListener("submit", async (event) => {
  event.preventDefault();
  const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: ${scriptValue(returnUrl)} } });
  if (error) document.getElementById("error").textContent = error.message;
});
</script>
</body>
</html>`
}
