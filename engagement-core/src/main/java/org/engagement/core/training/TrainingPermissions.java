package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import org.engagement.core.access.RoleSets;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.NotFoundException;

/**
 * Who may do what with training: administrators manage courses and targets; sector leads record sessions for their
 * sectors' audiences; leads and viewers read everything. The training services all check here.
 */
@ApplicationScoped
public class TrainingPermissions {

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private Actor actor;

    protected TrainingPermissions() {}

    /** For use as a plain library. */
    public TrainingPermissions(TrainingRepository training, TrainingCatalogue catalogue, Actor actor) {
        this.training = training;
        this.catalogue = catalogue;
        this.actor = actor;
    }

    /** Whether the actor may read training records and figures, for callers that show them only if so. */
    public boolean mayRead() {
        return RoleSets.holds(actor, RoleSets.TRAINING_READERS);
    }

    public void requireReader() {
        if (!mayRead()) {
            throw new AccessDeniedException("Your roles do not allow reading training records and figures.");
        }
    }

    public void requireRecorder() {
        if (!RoleSets.holds(actor, RoleSets.LEADS)) {
            throw new AccessDeniedException("Only administrators and sector leads record training sessions.");
        }
    }

    public void requireAdmin() {
        if (!RoleSets.holds(actor, RoleSets.ADMINS)) {
            throw new AccessDeniedException("Only administrators manage courses.");
        }
    }

    /** Whether the actor may record sessions for this audience, for showing or hiding the choice. */
    public boolean mayRecordFor(Audience audience) {
        if (!RoleSets.holds(actor, RoleSets.LEADS)) {
            return false;
        }
        return audience.sectors().isEmpty()
                || !Collections.disjoint(audience.sectors(), OrganisationAccess.editable(actor));
    }

    public TrainingSession editableSession(long sessionId) {
        requireRecorder();
        TrainingSession session =
                training.sessionById(sessionId).orElseThrow(() -> new NotFoundException("Training session", sessionId));
        Audience audience = catalogue
                .audience(session.getAudienceCode())
                .orElse(new Audience(session.getAudienceCode(), session.getAudienceCode()));
        if (!mayRecordFor(audience)) {
            throw new AccessDeniedException("Your roles do not allow changing sessions for " + audience.label() + ".");
        }
        return session;
    }

    /** The session, if the actor may read training. */
    public TrainingSession readableSession(long sessionId) {
        requireReader();
        return training.sessionById(sessionId).orElseThrow(() -> new NotFoundException("Training session", sessionId));
    }
}
