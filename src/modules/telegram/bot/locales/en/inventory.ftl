alert-stock-low = Low stock: { $item } at { $location }: { $quantity } left (alert line { $threshold })
