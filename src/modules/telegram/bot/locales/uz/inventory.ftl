alert-stock-low = Kam qoldi: { $item } ({ $location }): { $quantity } ta qoldi (chegara { $threshold })
