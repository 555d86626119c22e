cake-intro = Tortingizni bosqichma-bosqich tasvirlaymiz, qandolatchi esa narx bilan javob beradi. /cancel — istalgan payt toʻxtatish.
cake-hint-choose = Iltimos, quyidagi tugmalardan birini tanlang.
cake-ask-event = Tort qanday munosabat bilan?
cake-event = { $value ->
    [birthday] 🎂 Tugʻilgan kun
    [wedding] 💍 Toʻy
    [anniversary] 🥂 Yubiley
    [corporate] 🏢 Korporativ
    [kids] 🧸 Bolalar bayrami
   *[other] ✨ Boshqa
}
cake-ask-shape = Qanday shaklda?
cake-shape = { $value ->
    [round] ⚪ Dumaloq
    [square] ⬜ Kvadrat
    [heart] ❤️ Yurak
   *[sheet] ▭ Toʻrtburchak
}
cake-ask-tiers = Necha qavatli? Tanlang yoki 5 gacha son yozing.
cake-hint-tiers = { $min } dan { $max } gacha butun son yozing yoki tugmani tanlang.
cake-ask-size = Pastdan { $tier }-qavat: oʻlchami sm da (diametri; kvadratda — tomoni, yurakda — eng keng joyi). Tanlang yoki { $max } gacha son yozing.
cake-hint-size = Oʻlchamni sm da yozing, { $min } dan { $max } gacha son (yuqori qavat pastkisidan katta boʻlolmaydi).
cake-ask-sheet-size = Pastdan { $tier }-qavat: uzunligi va eni sm da, masalan 40x30.
cake-hint-sheet-size = Uzunlik va enini 40x30 kabi yozing, har biri 8 dan 80 sm gacha; yuqori qavat pastkisiga sigʻishi kerak.
cake-ask-height = Har bir qavatning balandligi necha sm?
cake-hint-height = Balandlikni sm da yozing, { $min } dan { $max } gacha son.
cake-ask-layers = Har bir qavatda nechta korj?
cake-hint-layers = { $min } dan { $max } gacha butun son yozing yoki tugmani tanlang.
cake-ask-flavor = Qanday biskvit?
cake-flavor = { $value ->
    [vanilla] Vanilli
    [chocolate] Shokoladli
    [red_velvet] Qizil baxmal
    [honey] Asalli (medovik)
    [napoleon] Napoleon
    [fruit] Mevali
   *[other] Boshqa
}
cake-ask-filling = Qanday toʻldirma?
cake-filling = { $value ->
    [cream] Qaymoqli krem
    [ganache] Ganash
    [fruit] Meva
    [custard] Qaynatilgan krem
    [buttercream] Saryogʻli krem
    [none] Toʻldirmasiz
   *[other] Boshqa
}
cake-ask-decoration = Bezak qanchalik boy boʻlsin?
cake-decoration = { $level ->
    [1] 1 — oddiy, tekis krem
    [2] 2 — yengil: krem naqshlar, rezavorlar
    [3] 3 — oʻrtacha: oqimlar, makaron, topper
    [4] 4 — boy: gullar, figuralar
   *[5] 5 — shoh asar tort
}
cake-ask-servings = Necha mehmonga? Tanlang, son yozing yoki oʻtkazib yuboring.
cake-hint-servings = Mehmonlar sonini 1 dan { $max } gacha butun son bilan yozing yoki «Oʻtkazib yuborish» ni bosing.
cake-skip = Oʻtkazib yuborish
cake-done = ✅ Tayyor
cake-send = ✅ Yuborish
cake-cancel = ✖ Bekor qilish
cake-ask-colors = Qaysi ranglar? 5 tagacha vergul bilan yozing (masalan: oq, oltin rang) yoki oʻtkazib yuboring.
cake-hint-colors = Koʻpi bilan { $max } ta rangni vergul bilan yozing, har biri { $length } belgigacha, yoki «Oʻtkazib yuborish» ni bosing.
cake-ask-message = Tortga qanday yozuv yozilsin? Matnni yozing yoki oʻtkazib yuboring.
cake-hint-message = Tortdagi yozuv koʻpi bilan { $max } belgi. Qisqaroq yozing yoki «Oʻtkazib yuborish» ni bosing.
cake-ask-photos = Namuna rasmlar boʻlsa yuboring ({ $max } tagacha), soʻng «Tayyor» ni bosing.
cake-hint-photos = Rasm yuboring yoki hammasini yuborgach «Tayyor» ni bosing.
cake-photo-received = { $max } tadan { $count }-rasm qabul qilindi. Yana yuboring yoki «Tayyor» ni bosing.
cake-ask-date = Qaysi kunga? Qandolatchiga kamida { $hours } soat kerak. Kunni tanlang yoki sanani 25.12.2026 kabi yozing.
cake-hint-date = Quyidagi kunlardan birini tanlang yoki qandolatchiga yetarli vaqt qoladigan sanani 25.12.2026 kabi yozing (180 kundan uzoq emas).
cake-ask-time = Soat nechaga (Toshkent vaqti bilan)?
cake-ask-fulfillment = Olib ketasizmi yoki yetkazib beraylikmi?
cake-fulfillment = { $value ->
    [PICKUP] 🏪 Olib ketish
   *[DELIVERY] 🚚 Yetkazib berish
}
cake-ask-address = Yetkazish manzilini yozing: shahar, soʻng vergul bilan koʻcha, uy va xonadon (masalan: Toshkent, Navoiy koʻchasi 12, 5-xonadon). Yoki 📎 orqali joylashuvni yuboring.
cake-hint-address = Shaharni, vergulni, soʻng koʻcha, uy va xonadonni yozing, masalan: Toshkent, Navoiy koʻchasi 12, 5-xonadon.
cake-ask-address-after-location = Rahmat! Endi kuryer uchun manzilni soʻz bilan yozing: shahar, soʻng koʻcha, uy va xonadon.
cake-summary =
    Sizning tortingiz:
    • Munosabat: { $event }
    • Shakl: { $shape }, oʻlchamlar: { $sizes } sm, qavat balandligi { $height } sm
    • Korjlar: { $layers }; biskvit: { $flavor }; toʻldirma: { $filling }
    • Bezak: { $decoration }
    • Mehmonlar: { $servings }
    • Ranglar: { $colors }
    • Yozuv: { $message }
    • Rasmlar: { $photos }
    • Qachon: { $wanted }
    • { $fulfillment }{ $address }
    Arizani yuboraylikmi?
cake-cancelled = Ariza bekor qilindi, hech narsa yuborilmadi.
cake-sent = №{ $number } ariza yuborildi. Qandolatchi shu yerda narx bilan javob beradi.
cake-photo-unavailable = { $index }-rasmni Telegramdan yuklab boʻlmadi. Iltimos, rasmlarni qaytadan yuboring.
cake-photo-too-large = { $index }-rasm { $megabytes } MB dan katta. Iltimos, rasmlarni qaytadan yuboring, har biri { $megabytes } MB gacha.
cake-photo-too-many-pixels = { $index }-rasmda { $megapixels } megapikseldan koʻp. Iltimos, rasmlarni kichikroq qilib qaytadan yuboring.
cake-photo-not-image = { $index }-fayl JPEG, PNG yoki WebP rasm emas. Iltimos, rasmlarni qaytadan yuboring.
cake-error-too-soon = Maxsus tortga kamida { $hours } soat kerak. Iltimos, keyinroq sanani tanlang.
cake-error-too-many-photos = Arizaga koʻpi bilan { $max } ta rasm qoʻshish mumkin. Iltimos, ularni qaytadan yuboring.
cake-error-failed = Hozir arizani yuborib boʻlmadi. Javoblaringiz saqlangan: qayta urinish uchun «Yuborish» ni, yoki «Bekor qilish» ni bosing.
