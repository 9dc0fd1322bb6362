package org.example.library.model;

import io.hypersistence.utils.hibernate.type.json.JsonType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Type;

import java.time.Instant;
import java.util.List;

/** A key-value row as many applications keep them: every column named by an upper-case keyword. */
@Entity
@Table(name = "app_setting")
public class Setting {
    @Id
    @Column(name = "KEY", length = 100)
    private String key;

    @Column(name = "VALUE", nullable = false, length = 2000)
    private String value;

    @Column(name = "OWNER", length = 64)
    private String owner;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "TIMESTAMP", nullable = false)
    private Instant timestamp = Instant.now();

    @Type(JsonType.class)
    @Column(columnDefinition = "json")
    private List<String> history;

    protected Setting() {
    }

    public Setting(String key, String value, String owner, List<String> history) {
        this.key = key;
        this.value = value;
        this.owner = owner;
        this.history = history;
    }

    public List<String> getHistory() {
        return history;
    }
}
