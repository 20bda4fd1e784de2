package org.engagement.core.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Dates;

/**
 * An organisation bound by an agreement, the person who signs for it and the day they signed. Changed only
 * through its agreement, whose version therefore guards it too.
 */
@Entity
@Table(name = "agreement_party")
public class Party implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_party_seq")
    @SequenceGenerator(name = "agreement_party_seq", sequenceName = "agreement_party_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", nullable = false)
    private InformationSharingAgreement agreement;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "signatory_id")
    private Person signatory;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    protected Party() {}

    public Party(Organisation organisation, Person signatory, LocalDate signedOn) {
        this.organisation = organisation;
        this.signatory = signatory;
        this.signedOn = signedOn;
    }

    void attachTo(InformationSharingAgreement owner) {
        this.agreement = owner;
    }

    void copySignatureFrom(Party other) {
        this.signatory = other.signatory;
        this.signedOn = other.signedOn;
    }

    boolean isSigned() {
        return signatory != null && signedOn != null;
    }

    /** "Doncaster Police: signed by Jo Bloggs on 3 Nov 2026", as the history shows it. */
    String describe() {
        return organisation.getName()
                + (signatory == null ? ", no signatory named" : ": " + signatory.getName())
                + (signedOn == null ? ", not signed" : ", signed on " + Dates.describe(signedOn));
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Person getSignatory() {
        return signatory;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }
}
