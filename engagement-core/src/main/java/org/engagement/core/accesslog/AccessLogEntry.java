package org.engagement.core.accesslog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.engagement.core.integrity.ChainLink;
import org.engagement.core.integrity.ChainSeal;
import org.engagement.core.integrity.ChainedEntry;
import org.engagement.core.integrity.HashChain;

/** One view of a record, or one export, by one user. Immutable: no setters, and nothing offers an edit. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry implements ChainedEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_log_seq")
    @SequenceGenerator(name = "access_log_seq", sequenceName = "access_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "viewed_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "record_kind", nullable = false, length = 60)
    private String recordKind;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "person_id")
    private Long personId;

    @Column(length = 200)
    private String detail;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Embedded
    private ChainSeal seal = new ChainSeal();

    protected AccessLogEntry() {}

    AccessLogEntry(
            Instant at,
            String username,
            String roles,
            String recordKind,
            Long recordId,
            Long personId,
            String detail,
            String clientAddress) {
        // Milliseconds: what both databases keep, so the hash of what was written matches what is read back.
        this.at = at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.username = clip(username, 40);
        this.roles = clip(roles, 200);
        this.recordKind = clip(recordKind, 60);
        this.recordId = recordId;
        this.personId = personId;
        this.detail = clip(detail, 200);
        this.clientAddress = clip(clientAddress, 64);
    }

    private static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** What the entry's hash covers (see {@link HashChain}). */
    @Override
    public String canonicalContent() {
        return HashChain.accessLogContent(at, username, roles, recordKind, recordId, personId, detail, clientAddress);
    }

    /** Takes its place in the chain, once, before it is saved. */
    @Override
    public void link(ChainLink link) {
        seal().link(link, "An access log entry");
    }

    /** Null after loading an entry written before the chain (its columns are empty), so made here when needed. */
    private ChainSeal seal() {
        if (seal == null) {
            seal = new ChainSeal();
        }
        return seal;
    }

    public Long getChainPosition() {
        return seal().getPosition();
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getRoles() {
        return roles;
    }

    public String getRecordKind() {
        return recordKind;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
