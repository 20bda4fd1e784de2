package org.engagement.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.DomainException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RestrictedNames;

/**
 * The only way into the agreements register. Everyone but licensing officers reads the register; leads
 * manage agreements whose parties are all in sectors they may change (statutory partners are in both leads'
 * sectors); administrators manage all. Signed documents are for those who manage the agreement, not viewers.
 */
@ApplicationScoped
@Transactional
public class AgreementService {

    public static final String RECORD_TYPE = "InformationSharingAgreement";
    private static final int WITHOUT_AGREEMENT_LISTED = 20;

    @Inject
    private AgreementRepository agreements;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private AgreementLimits limits;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected AgreementService() {}

    /** For use as a plain library. */
    public AgreementService(
            AgreementRepository agreements,
            OrganisationService organisations,
            ContactService contacts,
            AgreementLimits limits,
            ChangeLog changeLog,
            Actor actor) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.contacts = contacts;
        this.limits = limits;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    public InformationSharingAgreement create(AgreementDetails details) {
        requireManager();
        List<Party> parties = parties(details.parties(), List.of());
        requireManageable(sectorsOf(parties));
        requireUniqueReference(details.reference(), null);
        InformationSharingAgreement agreement =
                new InformationSharingAgreement(details, parties, Dates.today(), actor.username());
        agreements.add(agreement);
        agreements.flush();
        changeLog.created(
                RECORD_TYPE,
                agreement.getId(),
                "Agreement " + agreement.getReference() + " drafted",
                agreement.snapshot());
        return shown(agreement);
    }

    /**
     * Changes what the agreement says. A purpose or data categories naming a restricted person were shown to the actor
     * masked: sent back unchanged they keep the stored text; changed, they are refused (see {@link RestrictedNames#kept}).
     */
    public InformationSharingAgreement update(long id, long expectedVersion, AgreementDetails details) {
        InformationSharingAgreement agreement = manageable(id, expectedVersion);
        List<Party> parties = parties(details.parties(), agreement.getParties());
        requireManageable(sectorsOf(parties));
        requireUniqueReference(details.reference(), id);
        Map<String, String> before = agreement.snapshot();
        RestrictedNames names = contacts.restrictedNames();
        agreement.change(
                details.withTexts(
                        names.kept("purpose", agreement.getPurpose(), details.purpose()),
                        names.kept("dataCategories", agreement.getDataCategories(), details.dataCategories())),
                parties,
                Dates.today(),
                actor.username());
        saveNow(agreement);
        changeLog.updated(
                RECORD_TYPE, id, "Agreement " + agreement.getReference() + " changed", before, agreement.snapshot());
        return shown(agreement);
    }

    /** Moves the agreement to another status, or refuses with every reason (a {@link TransitionRefusedException}). */
    public InformationSharingAgreement moveTo(long id, long expectedVersion, AgreementStatus target) {
        InformationSharingAgreement agreement = manageable(id, expectedVersion);
        Map<String, String> before = agreement.snapshot();
        agreement.moveTo(target, Dates.today(), actor.username());
        saveNow(agreement);
        changeLog.updated(
                RECORD_TYPE,
                id,
                "Agreement " + agreement.getReference() + " is now "
                        + target.label().toLowerCase(),
                before,
                agreement.snapshot());
        return shown(agreement);
    }

    /** Records today's review of an active agreement and its next review date: 'review due' becomes 'active' again. */
    public InformationSharingAgreement recordReview(long id, long expectedVersion, LocalDate nextReviewDate) {
        InformationSharingAgreement agreement = manageable(id, expectedVersion);
        Map<String, String> before = agreement.snapshot();
        agreement.recordReview(nextReviewDate, Dates.today(), actor.username());
        saveNow(agreement);
        changeLog.updated(
                RECORD_TYPE, id, "Agreement " + agreement.getReference() + " reviewed", before, agreement.snapshot());
        return shown(agreement);
    }

    /** Adds the next version of the signed document after checking it is a PDF within the size limit. */
    public DocumentInfo addDocument(long id, String filename, byte[] content) {
        InformationSharingAgreement agreement = manageable(id);
        PdfDocument pdf = PdfDocument.check(filename, content, limits.maxDocumentBytes());
        AgreementDocument document =
                new AgreementDocument(id, agreements.lastDocumentNumber(id) + 1, pdf, actor.username(), Instant.now());
        agreements.addDocument(document);
        agreements.flush();
        changeLog.updated(
                RECORD_TYPE,
                id,
                "Signed document added to agreement " + agreement.getReference(),
                Map.of(),
                document.snapshot());
        return document.info();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentInfo> documents(long id) {
        get(id);
        return agreements.documentsOf(id);
    }

    /** The document's bytes, for those who manage the agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DownloadedDocument download(long id, int number) {
        InformationSharingAgreement agreement = get(id);
        if (!canReadDocuments(agreement)) {
            throw new AccessDeniedException("Signed documents are for those who manage the agreement.");
        }
        AgreementDocument document = agreements
                .document(id, number)
                .orElseThrow(
                        () -> new NotFoundException("Version " + number + " of the signed document of agreement", id));
        return new DownloadedDocument(document.info(), document.getContent());
    }

    /**
     * The agreement as the actor may see it: restricted people's names masked in its purpose and data categories for
     * everyone but the data protection officer (as every agreement this service hands out).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InformationSharingAgreement get(long id) {
        return shown(stored(id));
    }

    /** Each agreement with restricted people's names masked, as {@link #get}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<InformationSharingAgreement> search(AgreementSearch search) {
        requireReader();
        PageOf<InformationSharingAgreement> page = agreements.search(search, dueBy());
        RestrictedNames names = contacts.restrictedNames();
        return new PageOf<>(
                page.items().stream().map(a -> a.shownWith(names::mask)).toList(), page.total());
    }

    private InformationSharingAgreement stored(long id) {
        requireReader();
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    private InformationSharingAgreement shown(InformationSharingAgreement agreement) {
        return agreement.shownWith(contacts.restrictedNames()::mask);
    }

    /** The status users see, with 'review due' derived from the review date. */
    public AgreementStatus statusOf(InformationSharingAgreement agreement) {
        return agreement.statusOn(Dates.today(), limits.reviewWindowDays());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementFigures figures() {
        requireReader();
        LocalDate today = Dates.today();
        return new AgreementFigures(
                agreements.countActive(),
                agreements.countActiveWithReviewBetween(today, dueBy()),
                agreements.countActiveWithReviewBetween(null, today.minusDays(1)),
                limits.reviewWindowDays(),
                agreements.countOrganisationsWithoutActiveAgreement(),
                agreements.organisationsWithoutActiveAgreement(WITHOUT_AGREEMENT_LISTED));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeLogEntry> history(long id) {
        get(id);
        return contacts.asActorMaySee(changeLog.historyOf(RECORD_TYPE, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> expectedTypes() {
        requireReader();
        return agreements.expectedTypes();
    }

    /** Administrators choose the organisation types that are expected to have an agreement. */
    public void changeExpectedTypes(Set<String> typeCodes) {
        if (!canChangeSettings()) {
            throw new AccessDeniedException("Only an administrator can choose which organisations need an agreement.");
        }
        List<String> known =
                organisations.types().stream().map(OrganisationType::code).toList();
        List<String> unknown =
                typeCodes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "expectedTypes", "Unknown organisation type(s): " + String.join(", ", unknown) + ".");
        }
        Set<String> before = agreements.expectedTypes();
        agreements.replaceExpectedTypes(Set.copyOf(typeCodes));
        agreements.flush();
        changeLog.updated(
                "AgreementSettings",
                1,
                "Organisation types expected to have an agreement changed",
                Map.of("expectedTypes", String.join(", ", before)),
                Map.of("expectedTypes", String.join(", ", new java.util.TreeSet<>(typeCodes))));
    }

    public boolean canCreate() {
        return RoleSets.holds(actor, RoleSets.LEADS);
    }

    public boolean canManage(InformationSharingAgreement agreement) {
        return canCreate() && OrganisationAccess.editable(actor).containsAll(agreement.partySectors());
    }

    public boolean canReadDocuments(InformationSharingAgreement agreement) {
        return canManage(agreement);
    }

    public boolean canChangeSettings() {
        return RoleSets.holds(actor, RoleSets.ADMINS);
    }

    /** Refuses an upload by its declared size, so the page need not read an oversized file at all. */
    public void checkDocumentSize(long size) {
        PdfDocument.checkSize(size, limits.maxDocumentBytes());
    }

    public long maxDocumentBytes() {
        return limits.maxDocumentBytes();
    }

    private LocalDate dueBy() {
        return Dates.today().plusDays(limits.reviewWindowDays());
    }

    private Person hiddenSignatory(List<Party> before, Organisation organisation) {
        return before.stream()
                .filter(p -> p.getOrganisation().getId().equals(organisation.getId()))
                .map(Party::getSignatory)
                .filter(signatory -> signatory != null && contacts.shown(signatory) == null)
                .findFirst()
                .orElse(null);
    }

    /**
     * Resolves each party's organisation and signatory; a signatory must be one of the organisation's contacts. A
     * signatory the actor cannot see (restricted) and so could not choose stays when the form names none.
     */
    private List<Party> parties(List<PartyDetails> details, List<Party> before) {
        List<FieldError> errors = new ArrayList<>();
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            PartyDetails d = details.get(i);
            String field = "parties[" + i + "]";
            if (d.organisationId() == null) {
                errors.add(new FieldError(field, "Choose the party's organisation."));
                continue;
            }
            try {
                Organisation organisation = organisations.get(d.organisationId());
                Person signatory = d.signatoryPersonId() == null
                        ? hiddenSignatory(before, organisation)
                        : contacts.peopleAt(organisation.getId(), List.of(d.signatoryPersonId()))
                                .get(0);
                parties.add(new Party(organisation, signatory, d.signedOn()));
            } catch (NotFoundException missing) {
                errors.add(new FieldError(field, "Organisation " + d.organisationId() + " was not found."));
            } catch (InvalidInputException notAContact) {
                errors.add(new FieldError(
                        field, "The signatory must be one of the organisation's contacts; add them there first."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parties;
    }

    private static Set<Sector> sectorsOf(List<Party> parties) {
        Set<Sector> sectors = java.util.EnumSet.noneOf(Sector.class);
        parties.forEach(p -> sectors.add(p.getOrganisation().getSector()));
        return sectors;
    }

    private void requireUniqueReference(String reference, Long self) {
        if (reference == null || reference.isBlank()) {
            return;
        }
        agreements
                .findByReference(reference)
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new InvalidInputException(
                            "reference",
                            "Agreement " + other.getReference() + " ('" + other.getTitle()
                                    + "') already uses this reference. Choose another.");
                });
    }

    private InformationSharingAgreement manageable(long id) {
        InformationSharingAgreement agreement = stored(id);
        requireManager();
        requireManageable(agreement.partySectors());
        return agreement;
    }

    private InformationSharingAgreement manageable(long id, long expectedVersion) {
        InformationSharingAgreement agreement = manageable(id);
        if (agreement.getVersion() != expectedVersion) {
            throw stale(agreement);
        }
        return agreement;
    }

    private void requireManager() {
        if (!canCreate()) {
            throw new AccessDeniedException("Your roles do not allow you to manage information-sharing agreements.");
        }
    }

    private void requireManageable(Set<Sector> sectors) {
        Set<Sector> outside = java.util.EnumSet.copyOf(sectors.isEmpty() ? Set.of(Sector.STATUTORY) : sectors);
        outside.removeAll(OrganisationAccess.editable(actor));
        if (!outside.isEmpty()) {
            throw new AccessDeniedException("Your roles do not allow you to manage agreements with "
                    + outside.stream()
                            .map(s -> s.label().toLowerCase())
                            .sorted()
                            .reduce((a, b) -> a + " or " + b)
                            .orElse("")
                    + " organisations.");
        }
    }

    private void requireReader() {
        if (!RoleSets.holds(actor, RoleSets.AGREEMENT_READERS)) {
            throw new AccessDeniedException("Your roles do not give access to information-sharing agreements.");
        }
    }

    private void saveNow(InformationSharingAgreement agreement) {
        try {
            agreements.flush();
        } catch (OptimisticLockException race) {
            throw stale(agreement);
        }
    }

    private static DomainException stale(InformationSharingAgreement agreement) {
        return new StaleRecordException(
                "Agreement " + agreement.getReference(), agreement.getUpdatedBy(), agreement.getUpdatedAt());
    }

    /** A document version and its bytes. */
    public record DownloadedDocument(DocumentInfo info, byte[] content) {}
}
