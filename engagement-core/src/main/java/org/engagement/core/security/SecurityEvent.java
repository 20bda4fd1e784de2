package org.engagement.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the security log. Written once and never changed: there are no setters, and the
 * repository only adds and reads.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int USERNAME_LENGTH = 80;
    static final int DETAIL_LENGTH = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 30, updatable = false)
    private SecurityEventType type;

    /** The account concerned: as typed, for a failed sign-in (it may name no account). */
    @Column(nullable = false, length = USERNAME_LENGTH, updatable = false)
    private String username;

    /** Who did it: the account itself for sign-ins, the administrator for changes to an account. */
    @Column(nullable = false, length = 40, updatable = false)
    private String actor;

    @Column(name = "client_address", nullable = false, length = 64, updatable = false)
    private String clientAddress;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(
            Instant occurredAt,
            SecurityEventType type,
            String username,
            String actor,
            String clientAddress,
            String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.type = Objects.requireNonNull(type);
        this.username = clip(username == null || username.isBlank() ? "(none)" : username.strip(), USERNAME_LENGTH);
        this.actor = clip(actor, 40);
        this.clientAddress = clip(clientAddress, 64);
        this.detail = detail == null ? null : clip(detail, DETAIL_LENGTH);
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }
}
