report-title = 📊 Сегодня, { $date }
report-sales-line = Заказов: { $orders }, на сумму { $total }
report-no-sales = Сегодня заказов пока нет
report-open-tickets = Открытых заказов в работе: { $count }
report-low-stock = Позиций с низким остатком: { $count }
report-not-member = Отчёты доступны только участникам этого чата персонала.
