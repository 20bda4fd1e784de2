package org.engagement.core.sharing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One uploaded version of an agreement's signed document. Versions are never replaced or deleted: version
 * n+1 is added beside version n. The bytes live in the database, so they are backed up, restored and shared
 * by clustered instances together with the agreement they belong to (a data directory is per machine).
 */
@Entity
@Table(name = "agreement_document")
@NamedQuery(
        name = "AgreementDocument.infoByAgreement",
        query =
                "select new org.engagement.core.sharing.DocumentInfo(d.agreementId, d.number, d.filename, d.size, d.sha256,"
                        + " d.uploadedBy, d.uploadedAt) from AgreementDocument d where d.agreementId = :agreement order by d.number")
@NamedQuery(
        name = "AgreementDocument.find",
        query = "select d from AgreementDocument d where d.agreementId = :agreement and d.number = :number")
@NamedQuery(
        name = "AgreementDocument.lastNumber",
        query = "select max(d.number) from AgreementDocument d where d.agreementId = :agreement")
public class AgreementDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_document_seq")
    @SequenceGenerator(name = "agreement_document_seq", sequenceName = "agreement_document_seq", allocationSize = 50)
    private Long id;

    /** By id rather than a relation: loading an agreement must never load its documents' bytes. */
    @Column(name = "agreement_id", nullable = false)
    private long agreementId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 40)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected AgreementDocument() {}

    AgreementDocument(long agreementId, int number, PdfDocument pdf, String uploadedBy, Instant uploadedAt) {
        this.agreementId = agreementId;
        this.number = number;
        this.filename = pdf.filename();
        this.size = pdf.content().length;
        this.sha256 = pdf.sha256();
        this.content = pdf.content();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public DocumentInfo info() {
        return new DocumentInfo(agreementId, number, filename, size, sha256, uploadedBy, uploadedAt);
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("document", "Version " + number + ": " + filename + " (" + size + " bytes, SHA-256 " + sha256 + ")");
        return fields;
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
