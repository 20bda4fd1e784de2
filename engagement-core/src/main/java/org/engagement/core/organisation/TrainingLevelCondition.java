package org.engagement.core.organisation;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * Filters the organisation list by its people's training, inside the list's own query. Training records belong to
 * the training context, which already depends on this package (sectors, organisations); it implements this
 * interface so that the list can filter by training in the database without this package naming training's
 * entities, which would make the two packages depend on each other.
 */
public interface TrainingLevelCondition {

    /**
     * True for organisations where at least one person with a role there holds training, valid today, at the level
     * with this code or a higher one: the organisation's training level is at least this level.
     *
     * @throws org.engagement.core.shared.InvalidInputException (field {@code trainingLevel}) for an unknown level
     */
    Predicate atLeast(String levelCode, CriteriaBuilder cb, AbstractQuery<?> query, Path<Organisation> organisation);
}
