package org.engagement.web.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.DocumentInfo;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.Party;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.sharing.SpecialCategoryCondition;

/** The JSON shapes of the agreements API. */
public final class AgreementViews {

    private AgreementViews() {}

    public record AgreementRequest(
            Long version,
            String title,
            String reference,
            String purpose,
            String owner,
            LawfulBasis lawfulBasis,
            boolean specialCategoryData,
            SpecialCategoryCondition specialCategoryCondition,
            String dataCategories,
            Set<SharingMethod> sharingMethods,
            String retentionPeriod,
            boolean dpiaDone,
            LocalDate dpiaDate,
            String dpiaReference,
            LocalDate startDate,
            LocalDate reviewDate,
            LocalDate endDate,
            List<PartyDetails> parties) {

        AgreementDetails details(String defaultOwner) {
            return new AgreementDetails(
                    title,
                    reference,
                    purpose,
                    owner == null || owner.isBlank() ? defaultOwner : owner,
                    lawfulBasis,
                    specialCategoryData,
                    specialCategoryCondition,
                    dataCategories,
                    sharingMethods,
                    retentionPeriod,
                    dpiaDone,
                    dpiaDate,
                    dpiaReference,
                    startDate,
                    reviewDate,
                    endDate,
                    parties);
        }
    }

    /** {@code nextReviewDate} records a review of an active agreement that is due for review. */
    public record TransitionRequest(Long version, AgreementStatus to, LocalDate nextReviewDate) {}

    public record PartyView(
            long organisationId,
            String organisation,
            String sector,
            Long signatoryPersonId,
            String signatory,
            LocalDate signedOn) {

        static PartyView of(Party p, org.engagement.web.privacy.ShownPeople shown) {
            return new PartyView(
                    p.getOrganisation().getId(),
                    p.getOrganisation().getName(),
                    p.getOrganisation().getSector().name(),
                    shown.id(p.getSignatory()),
                    shown.name(p.getSignatory()),
                    p.getSignedOn());
        }
    }

    public record AgreementView(
            long id,
            long version,
            String title,
            String reference,
            String purpose,
            String owner,
            AgreementStatus status,
            String statusLabel,
            LawfulBasis lawfulBasis,
            boolean specialCategoryData,
            SpecialCategoryCondition specialCategoryCondition,
            String dataCategories,
            Set<SharingMethod> sharingMethods,
            String retentionPeriod,
            boolean dpiaDone,
            LocalDate dpiaDate,
            String dpiaReference,
            LocalDate startDate,
            LocalDate reviewDate,
            LocalDate endDate,
            LocalDate lastReviewedOn,
            List<PartyView> parties) {

        static AgreementView of(
                InformationSharingAgreement a, AgreementStatus status, org.engagement.web.privacy.ShownPeople shown) {
            return new AgreementView(
                    a.getId(),
                    a.getVersion(),
                    a.getTitle(),
                    a.getReference(),
                    a.getPurpose(),
                    a.getOwner(),
                    status,
                    status.label(),
                    a.getLawfulBasis(),
                    a.isSpecialCategoryData(),
                    a.getSpecialCategoryCondition(),
                    a.getDataCategories(),
                    a.getSharingMethods(),
                    a.getRetentionPeriod(),
                    a.isDpiaDone(),
                    a.getDpiaDate(),
                    a.getDpiaReference(),
                    a.getStartDate(),
                    a.getReviewDate(),
                    a.getEndDate(),
                    a.getLastReviewedOn(),
                    a.getParties().stream().map(p -> PartyView.of(p, shown)).toList());
        }
    }

    public record AgreementPage(List<AgreementView> items, long total) {}

    public record DocumentView(
            int number, String filename, long size, String sha256, String uploadedBy, Instant uploadedAt) {

        static DocumentView of(DocumentInfo d) {
            return new DocumentView(d.number(), d.filename(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt());
        }
    }
}
