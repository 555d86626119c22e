report-title = 📊 Bugun, { $date }
report-sales-line = Buyurtmalar: { $orders }, jami { $total }
report-no-sales = Bugun hali buyurtma yoʻq
report-open-tickets = Ishdagi ochiq buyurtmalar: { $count }
report-low-stock = Qoldigʻi kam mahsulotlar: { $count }
report-not-member = Hisobotlar faqat shu xodimlar chati aʼzolari uchun.
