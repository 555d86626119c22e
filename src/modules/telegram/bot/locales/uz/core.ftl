language-name = Oʻzbekcha
choose-language = Tilni tanlang
language-saved = Tayyor: oʻzbek tilida gaplashaman.
welcome = Assalomu alaykum, { $name }! Shu yerda tort, gul va shirinliklar buyurtma qilishingiz mumkin.
main-menu = Nima qilmoqchisiz?
menu-catalog = 🎂 Katalog
menu-cart = 🛒 Savat
menu-orders = 📦 Buyurtmalarim
menu-custom-cake = ✨ Maxsus tort
menu-help = ❓ Yordam
menu-language = 🌐 Til
help =
    Men Dasturxon doʻkonining botiman.
    • Katalog: tortlar, gullar va shirinliklar, narxlari va porsiyalari bilan.
    • /cart — savat, /checkout — buyurtma berish, /orders — buyurtmalaringiz va ularning holati.
    • /cake — oʻz tavsifingiz boʻyicha tort buyurtma qilish; /cancel har qanday savolni toʻxtatadi.
    • /start bosh menyuni ochadi, /language tilni oʻzgartiradi, /help shu xabarni koʻrsatadi.
    Bizga istalgan vaqtda yozing: har bir buyurtmani doʻkon xodimi oʻqiydi.
cancelled = Mayli, bekor qilindi. Keyin nima qilamiz?
not-understood = Kechirasiz, tushunmadim. Quyidagi tugmalardan yoki /help dan foydalaning.
catalog-title = Boʻlimni tanlang
catalog-empty = Hozir bu yerda hech narsa sotilmayapti.
category-products = { $category }: { $pages } sahifadan { $page }-sahifa
back = ◀ Orqaga
previous-page = ◀
next-page = ▶
product-price = Narxi: { $price }
product-sizes = Oʻlchamlar:
product-size-line = • { $size } — { $price }{ $servings ->
    [0] {""}
   *[other] , { $servings } porsiya
}
product-add-size = 🛒 { $size } — { $price }
product-not-found = Bu mahsulot endi sotilmaydi. Mana katalog.
bakery-not-found = Bu novvoyxona hozir buyurtma qabul qilmaydi. Mana katalog.
bakery-products = { $bakery }: bizning pishiriqlarimiz
too-many-requests = Juda koʻp xabar yubordingiz; bir necha soniya kuting.
something-went-wrong = Bizda nimadir xato ketdi. Bir daqiqadan soʻng qayta urinib koʻring.
notification-custom_cake-submitted = Maxsus tort uchun №{ $number } arizangizni oldik. Qandolatchi tez orada narx bilan javob beradi.
notification-custom_cake-approved =
    №{ $number } maxsus tortingiz tasdiqlandi: { $price }, { $servings } porsiya.
    { $expires } gacha quyidagi tugmalardan biri bilan toʻlang; keyin taklif bekor boʻladi.
notification-custom_cake-rejected =
    Afsuski, №{ $number } tortni tayyorlay olmaymiz: { $reason }
    Arizani oʻzgartirib, qayta yuborishingiz mumkin.
notification-custom_cake-paid = Rahmat! №{ $number } tort toʻlandi va oshxonaga topshirildi.
notification-custom_cake-expired = №{ $number } tortning toʻlov muddati tugadi. Hali kerak boʻlsa, bizga yozing.
notification-custom_cake-cancelled = №{ $number } tort bekor qilindi.
notification-custom_cake-production_advanced = №{ $number } tort: { $status ->
    [IN_PRODUCTION] qandolatchilar ishni boshladi.
    [READY] tayyor!
   *[other] sizga topshirildi. Yoqimli ishtaha!
}
pay-with = { $provider } orqali toʻlash
pay-link-title = Maxsus tort uchun toʻlov
pay-link-invalid = Bu toʻlov havolasi yaroqsiz. Doʻkon yuborgan eng soʻnggi havoladan foydalaning.
pay-link-lapsed = Bu toʻlov havolasining muddati tugagan. Doʻkonga yozib, yangisini soʻrang.
pay-link-busy = Bu tort uchun toʻlov hozir amalga oshirilmoqda. Uni yakunlang yoki bir necha daqiqadan soʻng qayta urinib koʻring.
pay-link-method-disabled = Bu toʻlov usuli hozircha oʻchirilgan. Doʻkon yuborgan boshqa toʻlov usulining havolasini oching.
