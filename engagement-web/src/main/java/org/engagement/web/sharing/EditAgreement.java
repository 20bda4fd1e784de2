package org.engagement.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.Actor;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.Party;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.sharing.SpecialCategoryCondition;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.web.privacy.ShownPeople;

/** Drafting or changing an agreement, with its parties and their signatures, on one page. */
@Named
@ViewScoped
public class EditAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private PageFeedback feedback;

    @Inject
    private ShownPeople shownPeople;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private Actor actor;

    private Long id;
    private Long organisationId;
    private long version;
    private String title;
    private String reference;
    private String purpose;
    private String owner;
    private LawfulBasis lawfulBasis;
    private boolean specialCategoryData;
    private SpecialCategoryCondition specialCategoryCondition;
    private String dataCategories;
    /** An array, so Faces converts the checked values to the enum (a List would receive strings). */
    private SharingMethod[] sharingMethods = {};

    private String retentionPeriod;
    private boolean dpiaDone;
    private LocalDate dpiaDate;
    private String dpiaReference;
    private LocalDate startDate;
    private LocalDate reviewDate;
    private LocalDate endDate;
    private final List<PartyRow> parties = new ArrayList<>();
    private Long partyToAdd;
    private List<Organisation> partyChoices;
    private final Map<Long, List<Contact>> contactsByOrganisation = new ConcurrentHashMap<>();

    /** Called by f:viewAction: loads the agreement, or starts a draft (with the organisation it was started from). */
    public void load() {
        if (id == null) {
            owner = actor.username();
            if (organisationId != null) {
                parties.add(new PartyRow(organisations.get(organisationId)));
            }
            return;
        }
        InformationSharingAgreement a = agreements.get(id);
        version = a.getVersion();
        title = a.getTitle();
        reference = a.getReference();
        purpose = a.getPurpose();
        owner = a.getOwner();
        lawfulBasis = a.getLawfulBasis();
        specialCategoryData = a.isSpecialCategoryData();
        specialCategoryCondition = a.getSpecialCategoryCondition();
        dataCategories = a.getDataCategories();
        sharingMethods = a.getSharingMethods().toArray(SharingMethod[]::new);
        retentionPeriod = a.getRetentionPeriod();
        dpiaDone = a.isDpiaDone();
        dpiaDate = a.getDpiaDate();
        dpiaReference = a.getDpiaReference();
        startDate = a.getStartDate();
        reviewDate = a.getReviewDate();
        endDate = a.getEndDate();
        a.getParties().forEach(p -> parties.add(new PartyRow(p, shownPeople.id(p.getSignatory()))));
    }

    public String save() {
        AgreementDetails details = new AgreementDetails(
                title,
                reference,
                purpose,
                owner,
                lawfulBasis,
                specialCategoryData,
                specialCategoryCondition,
                dataCategories,
                java.util.Set.of(sharingMethods),
                retentionPeriod,
                dpiaDone,
                dpiaDate,
                dpiaReference,
                startDate,
                reviewDate,
                endDate,
                parties.stream()
                        .map(p -> new PartyDetails(p.organisationId, p.signatoryPersonId, p.signedOn))
                        .toList());
        return feedback.navigate(
                () -> {
                    InformationSharingAgreement saved =
                            id == null ? agreements.create(details) : agreements.update(id, version, details);
                    return new Outcome(
                            "Agreement " + saved.getReference() + " saved.",
                            "/agreements/view.xhtml?faces-redirect=true&id=" + saved.getId());
                },
                "agreement");
    }

    public void addParty() {
        if (partyToAdd != null && parties.stream().noneMatch(p -> p.organisationId.equals(partyToAdd))) {
            parties.add(new PartyRow(organisations.get(partyToAdd)));
        }
        partyToAdd = null;
    }

    public void removeParty(PartyRow row) {
        parties.remove(row);
    }

    /** Organisations that may be parties: the first page of those the user may change, by name. */
    public List<Organisation> getPartyChoices() {
        if (partyChoices == null) {
            partyChoices = organisations
                    .search(new OrganisationSearch(
                            null, null, null, null, null, null, null, "name", false, 0, OrganisationSearch.MAX_PAGE))
                    .items()
                    .stream()
                    .filter(organisations::canEdit)
                    .toList();
        }
        return partyChoices;
    }

    /** Possible signatories: the organisation's contacts. */
    public List<Contact> contactsOf(Long organisation) {
        return organisation == null
                ? List.of()
                : contactsByOrganisation.computeIfAbsent(organisation, contacts::contactsOf);
    }

    public LawfulBasis[] getLawfulBases() {
        return LawfulBasis.values();
    }

    public SpecialCategoryCondition[] getConditions() {
        return SpecialCategoryCondition.values();
    }

    public SharingMethod[] getMethods() {
        return SharingMethod.values();
    }

    /** One party as edited on the page. */
    public static class PartyRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long organisationId;
        private final String organisationName;
        private Long signatoryPersonId;
        private LocalDate signedOn;

        PartyRow(Organisation organisation) {
            this.organisationId = organisation.getId();
            this.organisationName = organisation.getName();
        }

        /** {@code signatoryPersonId}: the signatory as the user may be shown them (none for a restricted one). */
        PartyRow(Party party, Long signatoryPersonId) {
            this(party.getOrganisation());
            this.signatoryPersonId = signatoryPersonId;
            this.signedOn = party.getSignedOn();
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public String getOrganisationName() {
            return organisationName;
        }

        public Long getSignatoryPersonId() {
            return signatoryPersonId;
        }

        public void setSignatoryPersonId(Long signatoryPersonId) {
            this.signatoryPersonId = signatoryPersonId;
        }

        public LocalDate getSignedOn() {
            return signedOn;
        }

        public void setSignedOn(LocalDate signedOn) {
            this.signedOn = signedOn;
        }
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public Long getPartyToAdd() {
        return partyToAdd;
    }

    public void setPartyToAdd(Long partyToAdd) {
        this.partyToAdd = partyToAdd;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(LawfulBasis lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public boolean isSpecialCategoryData() {
        return specialCategoryData;
    }

    public void setSpecialCategoryData(boolean specialCategoryData) {
        this.specialCategoryData = specialCategoryData;
    }

    public SpecialCategoryCondition getSpecialCategoryCondition() {
        return specialCategoryCondition;
    }

    public void setSpecialCategoryCondition(SpecialCategoryCondition specialCategoryCondition) {
        this.specialCategoryCondition = specialCategoryCondition;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(String dataCategories) {
        this.dataCategories = dataCategories;
    }

    public SharingMethod[] getSharingMethods() {
        return sharingMethods.clone();
    }

    public void setSharingMethods(SharingMethod[] sharingMethods) {
        this.sharingMethods = sharingMethods == null ? new SharingMethod[0] : sharingMethods.clone();
    }

    public String getRetentionPeriod() {
        return retentionPeriod;
    }

    public void setRetentionPeriod(String retentionPeriod) {
        this.retentionPeriod = retentionPeriod;
    }

    public boolean isDpiaDone() {
        return dpiaDone;
    }

    public void setDpiaDone(boolean dpiaDone) {
        this.dpiaDone = dpiaDone;
    }

    public LocalDate getDpiaDate() {
        return dpiaDate;
    }

    public void setDpiaDate(LocalDate dpiaDate) {
        this.dpiaDate = dpiaDate;
    }

    public String getDpiaReference() {
        return dpiaReference;
    }

    public void setDpiaReference(String dpiaReference) {
        this.dpiaReference = dpiaReference;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
