package io.wataomi.entities.broad.types;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.NaturalId;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One entity with every basic type and column option Hibernate maps on PostgreSQL. */
@Entity
@Table(name = "document",
        indexes = {@Index(name = "ix_document_title", columnList = "title"),
                @Index(name = "ix_document_kind_created", columnList = "kind, created_on DESC")},
        uniqueConstraints = @UniqueConstraint(name = "uq_document_slug_kind", columnNames = {"slug", "kind"}))
@Comment("Documents of every type")
@Check(name = "ck_document_pages", constraints = "pages >= 0")
@SuppressWarnings("deprecation") // @Comment and @Check: deprecated in Hibernate 7 for JPA 3.2's, still widely used
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Version
    private long version;

    @NaturalId
    @Column(name = "external_ref", length = 40)
    private String externalRef;

    @Column(nullable = false, length = 200)
    @Comment("Shown in lists")
    private String title;

    @Column(length = 80)
    private String slug;

    @Column(length = 20)
    private String kind;

    @Column(unique = true, length = 64)
    private String checksum;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Status status;

    @Enumerated(EnumType.ORDINAL)
    private Status previousStatus;

    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    private Mood mood;

    @Column(precision = 12, scale = 2)
    private BigDecimal price;

    private BigDecimal unscaled;

    private boolean published;
    private Boolean reviewed;
    private short rank;
    private int pages;
    private long views;
    private float ratio;
    private double score;
    private char grade;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    private LocalTime remindAt;
    private LocalDateTime editedAt;
    private Instant syncedAt;
    private OffsetDateTime publishedAt;
    private Duration readingTime;

    @Lob
    private String body;

    @Lob
    private byte[] attachment;

    private byte[] thumbnail;

    @Column(columnDefinition = "text")
    private String summary;

    @Column(columnDefinition = "varchar(30) default 'none' not null")
    private String licence;

    @ColumnDefault("0")
    private int downloads;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tags_json")
    private List<String> tagsJson;

    private UUID correlationId;

    private Rgb colour;

    @Basic
    private String[] keywords;

    @Embedded
    private Money cost;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "tax_amount", precision = 19, scale = 4)),
            @AttributeOverride(name = "currency", column = @Column(name = "tax_currency", length = 3))})
    private Money tax;

    @Formula("pages * 2")
    private int sides;

    @Transient
    private String scratch;
}
