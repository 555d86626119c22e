report-title = 📊 Today, { $date }
report-sales-line = Orders: { $orders }, total { $total }
report-no-sales = No orders yet today
report-open-tickets = Open tickets: { $count }
report-low-stock = Items low on stock: { $count }
report-not-member = Reports are only for members of this staff chat.
