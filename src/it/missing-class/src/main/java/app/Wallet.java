package app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.apache.commons.lang3.mutable.MutableInt;

@Entity
public class Wallet {
    @Id
    private Long id;

    private MutableInt visits;
}
