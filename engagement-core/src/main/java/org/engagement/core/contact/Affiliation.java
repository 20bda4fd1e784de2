package org.engagement.core.contact;

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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;

/**
 * A role a person holds at an organisation, in the organisation's own words (e.g. "imam", "trustee"). A role that
 * has ended keeps its end date rather than disappearing, so the organisation's people list still shows who was
 * its trustee last year; removing the role altogether is for one recorded by mistake.
 */
@Entity
@Table(name = "affiliation")
@NamedQuery(
        name = "Affiliation.findByOrganisation",
        query = "select a from Affiliation a where a.organisation.id = :organisationId order by a.person.name, a.id")
@NamedQuery(
        name = "Affiliation.findByPerson",
        query = "select a from Affiliation a where a.person.id = :personId order by a.organisation.name, a.id")
@NamedQuery(
        name = "Affiliation.idsByOrganisation",
        query = "select a.id from Affiliation a where a.organisation.id = :organisationId")
@NamedQuery(
        name = "Affiliation.personIdsByOrganisation",
        query = "select a.person.id from Affiliation a where a.organisation.id = :organisationId")
public class Affiliation {

    /** Offered as suggestions; any other role may be typed. */
    public static final List<String> SUGGESTED_ROLES = List.of(
            "imam", "trustee", "designated safeguarding lead", "manager", "owner", "driver", "teacher", "volunteer");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "affiliation_seq")
    @SequenceGenerator(name = "affiliation_seq", sequenceName = "affiliation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "role_text", nullable = false, length = 100)
    private String role;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Affiliation() {}

    public Affiliation(Person person, Organisation organisation, String role) {
        this.person = person;
        this.organisation = organisation;
        this.role = validRole(role);
    }

    /** Renames the role, and ends it (or, with no date, makes it current again). */
    public void change(String newRole, LocalDate newEndedOn) {
        String cleanRole = validRole(newRole);
        if (newEndedOn != null && newEndedOn.isAfter(Dates.today())) {
            throw new InvalidInputException(
                    "endedOn",
                    "Enter the day the role ended, today or earlier. "
                            + "Come back on the day to end a role that has not ended yet.");
        }
        role = cleanRole;
        endedOn = newEndedOn;
    }

    private static String validRole(String role) {
        String cleanRole = Person.clean(role);
        if (cleanRole == null || cleanRole.length() > 100) {
            throw new InvalidInputException(
                    "role", "Enter the person's role here in up to 100 characters, e.g. trustee.");
        }
        return cleanRole;
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person", person.getName());
        fields.put("organisation", organisation.getName());
        fields.put("role", role);
        fields.put("endedOn", endedOn == null ? null : Dates.describe(endedOn));
        return fields;
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
