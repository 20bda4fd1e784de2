package org.engagement.core.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.contact.LawfulBasis;

/** What a user enters for an agreement. The status changes only through transitions. */
public record AgreementDetails(
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

    public AgreementDetails {
        sharingMethods = sharingMethods == null ? Set.of() : Set.copyOf(sharingMethods);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** The same details with another purpose and data categories (the stored ones, where masked texts came back). */
    public AgreementDetails withTexts(String purpose, String dataCategories) {
        return new AgreementDetails(
                title,
                reference,
                purpose,
                owner,
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
