orders-title = Buyurtmalaringiz ({ $pages } sahifadan { $page }-sahifa):
orders-line = №{ $number } · { $date } · { $status } · { $total }
orders-button = №{ $number } buyurtma
orders-empty = Sizda hali buyurtmalar yoʻq.
orders-not-found = Buyurtma topilmadi.
orders-detail-title = №{ $number } buyurtma, { $date }
orders-detail-status = Holati: { $status }
orders-detail-item = • { $line } — { $total }
orders-detail-items-total = Mahsulotlar: { $total }
orders-detail-shipping = Yetkazib berish narxi: { $total }
orders-detail-discount = Chegirma: −{ $total }
orders-detail-total = Jami: { $total }
orders-detail-address = Manzil: { $address }
orders-detail-cake-message = Tortdagi yozuv: { $text }
orders-detail-card-text = Tabriknoma: { $text }
orders-reorder = 🔁 Yana buyurtma berish
orders-back = ◀ Buyurtmalarim
orders-open-cart = 🛒 Savatni ochish
orders-reordered = №{ $number } buyurtmadagi mahsulotlarni savatingizga qoʻshdim.
orders-reorder-skipped = Endi sotilmaydi, qoʻshilmadi: { $products }
orders-reorder-nothing = №{ $number } buyurtmadagi mahsulotlarning birortasi hozir sotilmaydi.
orders-status = { $status ->
    [pending] Qabul qilindi
    [requires_action] Sizning harakatingiz kerak
    [draft] Qoralama
    [archived] Arxivda
    [completed] Bajarildi
    [canceled] Bekor qilindi
    [not_fulfilled] Qabul qilindi, oshxonani kutmoqda
    [partially_fulfilled] Qisman yigʻildi
    [fulfilled] Yigʻildi
    [partially_shipped] Qisman yoʻlda
    [shipped] Yoʻlda yoki olib ketishga tayyor
    [partially_delivered] Qisman yetkazildi
    [delivered] Yetkazildi
   *[other] Jarayonda
}
