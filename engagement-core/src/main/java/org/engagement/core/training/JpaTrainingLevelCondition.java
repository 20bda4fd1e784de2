package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.contact.Affiliation;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.TrainingLevelCondition;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;

/**
 * "Training level at least X" as an EXISTS subquery over valid training records of the organisation's people.
 * Ranks live in the {@link TrainingCatalogue} (sector modules add levels), not in the database, so the level is
 * turned into the codes of every level ranked as high or higher before the query runs.
 */
@ApplicationScoped
public class JpaTrainingLevelCondition implements TrainingLevelCondition {

    @Inject
    private TrainingCatalogue catalogue;

    protected JpaTrainingLevelCondition() {}

    /** For use as a plain library or in tests. */
    public JpaTrainingLevelCondition(TrainingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Predicate atLeast(
            String levelCode, CriteriaBuilder cb, AbstractQuery<?> query, Path<Organisation> organisation) {
        LocalDate today = Dates.today();
        Subquery<Long> held = query.subquery(Long.class);
        Root<TrainingRecord> record = held.from(TrainingRecord.class);
        Root<Affiliation> role = held.from(Affiliation.class);
        held.select(record.get("id"))
                .where(
                        cb.equal(role.get("organisation"), organisation),
                        cb.equal(role.get("person"), record.get("person")),
                        record.get("course").get("levelCode").in(codesAtOrAbove(levelCode)),
                        cb.or(
                                cb.isNull(record.get("validUntil")),
                                cb.greaterThanOrEqualTo(record.get("validUntil"), today)));
        return cb.exists(held);
    }

    private List<String> codesAtOrAbove(String levelCode) {
        TrainingLevel level = catalogue
                .level(levelCode.strip())
                .orElseThrow(() -> new InvalidInputException(
                        "trainingLevel",
                        "Unknown training level '" + levelCode + "'. Levels are: "
                                + String.join(
                                        ", ",
                                        catalogue.levels().stream()
                                                .map(TrainingLevel::code)
                                                .toList()) + "."));
        return catalogue.levels().stream()
                .filter(l -> l.rank() >= level.rank())
                .map(TrainingLevel::code)
                .toList();
    }
}
