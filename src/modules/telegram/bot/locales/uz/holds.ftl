hold-expired =
    ⏳ Bu mahsulotlarni savatingizda { $minutes } daqiqa saqlab turdik, vaqt tugadi:
    { $items }
    Endi ularni boshqa xaridor sotib olishi mumkin. Yana siz uchun saqlab qoʻyishimiz uchun ularni qaytadan qoʻshing.
hold-readd = ➕ Yana qoʻshish: { $item }
hold-refused-stock-held = Oxirgilari hozir boshqa xaridorlarning savatida. Bir necha daqiqadan soʻng urinib koʻring yoki boshqa mahsulot tanlang.
hold-refused-limit-per-order = Bitta buyurtmada bu mahsulotdan buncha boʻlishi mumkin emas. Sonini kamaytiring.
hold-refused-hold-expired = Savatingizdagi bir mahsulotni siz uchun saqlab qola olmadik va uni allaqachon olishdi. Savatni ochib, tekshirib koʻring.
