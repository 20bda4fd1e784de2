package org.engagement.core.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.shared.PageOf;

/** Where agreements, their documents and the register's settings are kept. */
public interface AgreementRepository {

    Optional<InformationSharingAgreement> findById(long id);

    Optional<InformationSharingAgreement> findByReference(String reference);

    /** {@code dueBy} is the last review date that counts as due (today plus the review window). */
    PageOf<InformationSharingAgreement> search(AgreementSearch search, LocalDate dueBy);

    void add(InformationSharingAgreement agreement);

    void flush();

    int lastDocumentNumber(long agreementId);

    void addDocument(AgreementDocument document);

    List<DocumentInfo> documentsOf(long agreementId);

    Optional<AgreementDocument> document(long agreementId, int number);

    /** Active agreements whose review date lies in [from, to]; either end may be null for open. */
    long countActiveWithReviewBetween(LocalDate from, LocalDate to);

    long countActive();

    long countOrganisationsWithoutActiveAgreement();

    List<AgreementFigures.OrganisationWithout> organisationsWithoutActiveAgreement(int max);

    Set<String> expectedTypes();

    void replaceExpectedTypes(Set<String> typeCodes);
}
