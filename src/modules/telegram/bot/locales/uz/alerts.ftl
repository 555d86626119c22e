alert-cake-order = Tortli yangi buyurtma №{ $number }
alert-more-items = …yana { $count } ta mahsulot
