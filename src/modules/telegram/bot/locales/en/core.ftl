language-name = English
choose-language = Choose your language
language-saved = Done: I will speak English.
welcome = Hello, { $name }! Order cakes, flowers and treats right here.
main-menu = What would you like to do?
menu-catalog = 🎂 Catalog
menu-cart = 🛒 Cart
menu-orders = 📦 My orders
menu-custom-cake = ✨ Custom cake
menu-help = ❓ Help
menu-language = 🌐 Language
help =
    I am the Dasturxon shop bot.
    • Catalog: browse cakes, flowers and treats and see prices and servings.
    • /cart shows your cart, /checkout places the order, /orders lists your orders and their status.
    • /cake asks us for a custom cake; /cancel stops any question I am asking.
    • /start opens the main menu, /language changes the language, /help shows this message.
    Write to us any time; a person from the shop reads every order.
cancelled = All right, cancelled. What next?
not-understood = Sorry, I did not understand that. Use the buttons below or /help.
catalog-title = Choose a category
catalog-empty = Nothing is for sale here right now.
category-products = { $category }: page { $page } of { $pages }
back = ◀ Back
previous-page = ◀
next-page = ▶
product-price = Price: { $price }
product-sizes = Sizes:
product-size-line = • { $size } — { $price }{ $servings ->
    [0] {""}
   *[other] , { $servings } servings
}
product-add-size = 🛒 { $size } — { $price }
product-not-found = This product is not for sale any more. Here is the catalog.
bakery-not-found = This bakery does not take orders now. Here is the catalog.
bakery-products = { $bakery }: what we bake
too-many-requests = Too many messages at once; please wait a few seconds.
something-went-wrong = Something went wrong on our side. Please try again in a minute.
notification-custom_cake-submitted = We received your custom cake request #{ $number }. Our pastry chef will reply soon with a price.
notification-custom_cake-approved =
    Your custom cake #{ $number } is approved: { $price }, { $servings } servings.
    Pay with one of the buttons below by { $expires }; after that the offer lapses.
notification-custom_cake-rejected =
    Sorry, we cannot make custom cake #{ $number }: { $reason }
    You are welcome to change the request and send it again.
notification-custom_cake-paid = Thank you! Custom cake #{ $number } is paid and goes to the kitchen.
notification-custom_cake-expired = The payment link of custom cake #{ $number } lapsed. Write to us if you still want it.
notification-custom_cake-cancelled = Custom cake #{ $number } is cancelled.
notification-custom_cake-production_advanced = Custom cake #{ $number }: { $status ->
    [IN_PRODUCTION] our bakers have started on it.
    [READY] it is ready!
   *[other] it is handed over. Enjoy!
}
pay-with = Pay with { $provider }
pay-link-title = Payment for your custom cake
pay-link-invalid = This payment link is not valid. Please use the latest link the shop sent you.
pay-link-lapsed = This payment link has lapsed. Write to the shop and ask for a new one.
pay-link-busy = A payment for this cake is being made right now. Finish it, or wait a few minutes and try again.
pay-link-method-disabled = This payment method is turned off for now. Please open the link of another payment method the shop sent you.
