package shop.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "product")
public class Product {
    @Id
    private String sku;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;
}
