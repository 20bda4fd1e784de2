package org.engagement.core.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.engagement.core.contact.Person;

/**
 * A person completed a course on a day, and it counts until {@code validUntil} (null: it never expires).
 * Records from a session are that session's named attendance; sector modules may load others in bulk.
 */
@Entity
@Table(name = "training_record")
@NamedQuery(
        name = "TrainingRecord.findByPerson",
        query = "SELECT r FROM TrainingRecord r JOIN FETCH r.course"
                + " WHERE r.person.id = :personId ORDER BY r.completedOn DESC, r.id DESC")
@NamedQuery(
        name = "TrainingRecord.findBySession",
        query = "SELECT r FROM TrainingRecord r JOIN FETCH r.person"
                + " WHERE r.session.id = :sessionId ORDER BY r.person.name")
@NamedQuery(
        name = "TrainingRecord.personIdsInSession",
        query = "SELECT r.person.id FROM TrainingRecord r" + " WHERE r.session.id = :sessionId")
@NamedQuery(
        name = "TrainingRecord.expiringBetween",
        query = "SELECT r FROM TrainingRecord r JOIN FETCH r.person"
                + " JOIN FETCH r.course WHERE r.validUntil BETWEEN :from AND :to ORDER BY r.validUntil, r.person.name")
public class TrainingRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a record came from when it was not a session recorded here. */
    public static final String FROM_SESSION = "SESSION";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_record_seq")
    @SequenceGenerator(name = "training_record_seq", sequenceName = "training_record_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "certificate_number", length = 60)
    private String certificateNumber;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(nullable = false, length = 40)
    private String source;

    protected TrainingRecord() {}

    /** The person attended the session; the expiry follows from the course's validity. */
    static TrainingRecord attended(
            TrainingSession session, Person person, LocalDate completedOn, String certificateNumber) {
        TrainingRecord record = new TrainingRecord();
        record.person = person;
        record.course = session.getCourse();
        record.session = session;
        record.completedOn = completedOn == null ? session.getHeldOn() : completedOn;
        record.certificateNumber = Course.clean(certificateNumber);
        record.validUntil = record.course.validUntil(record.completedOn);
        record.source = FROM_SESSION;
        return record;
    }

    public boolean isValidOn(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", person.getName());
        fields.put("course", course.getCode());
        fields.put("completedOn", completedOn.toString());
        fields.put("certificateNumber", certificateNumber);
        fields.put("validUntil", validUntil == null ? "does not expire" : validUntil.toString());
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Course getCourse() {
        return course;
    }

    public TrainingSession getSession() {
        return session;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getSource() {
        return source;
    }
}
