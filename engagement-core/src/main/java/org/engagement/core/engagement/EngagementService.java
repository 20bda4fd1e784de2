package org.engagement.core.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.ContactService;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RestrictedNames;
import org.engagement.core.user.Role;

/**
 * The only way into engagements and follow-ups, and the organisation's timeline. Whoever may change an
 * organisation may record engagements with it; follow-ups are completed by their owner or by an editor.
 */
@ApplicationScoped
@Transactional
public class EngagementService {

    public static final String RECORD_TYPE = "Engagement";

    @Inject
    private EngagementRepository engagements;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected EngagementService() {}

    /** For use as a plain library. */
    public EngagementService(
            EngagementRepository engagements,
            OrganisationService organisations,
            ContactService contacts,
            ChangeLog changeLog,
            Actor actor) {
        this.engagements = engagements;
        this.organisations = organisations;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    public Engagement log(long organisationId, EngagementDetails details) {
        Organisation organisation = organisations.getEditable(organisationId);
        Engagement engagement = new Engagement(
                organisation, details, contacts.peopleAt(organisationId, details.personIds()), actor.username());
        engagements.add(engagement);
        engagements.flush();
        changeLog.created(RECORD_TYPE, engagement.getId(), describe(engagement) + " recorded", engagement.snapshot());
        return shown(engagement);
    }

    /**
     * Corrects an engagement. A summary or outcome naming a restricted person was shown to the actor masked: sent back
     * unchanged it keeps the stored text; changed, it is refused (see {@link RestrictedNames#kept}).
     */
    public Engagement update(long id, long expectedVersion, EngagementDetails details) {
        Engagement engagement = editable(id, expectedVersion);
        Map<String, String> before = engagement.snapshot();
        RestrictedNames names = contacts.restrictedNames();
        engagement.change(
                details.withTexts(
                        names.kept("summary", engagement.getSummary(), details.summary()),
                        names.kept("outcome", engagement.getOutcome(), details.outcome())),
                contacts.keepingHidden(
                        contacts.peopleAt(engagement.getOrganisation().getId(), details.personIds()),
                        engagement.getPeople()),
                actor.username());
        saveNow(engagement);
        changeLog.updated(RECORD_TYPE, id, describe(engagement) + " changed", before, engagement.snapshot());
        return shown(engagement);
    }

    public Engagement addFollowUp(long id, long expectedVersion, FollowUpDetails details) {
        Engagement engagement = editable(id, expectedVersion);
        Map<String, String> before = engagement.snapshot();
        engagement.addFollowUp(details, actor.username());
        saveNow(engagement);
        changeLog.updated(RECORD_TYPE, id, "Follow-up added to " + describe(engagement), before, engagement.snapshot());
        return shown(engagement);
    }

    /** Marks a follow-up done. Its owner may do this even without the right to change the organisation. */
    public Engagement completeFollowUp(long engagementId, long expectedVersion, long followUpId) {
        return markFollowUp(engagementId, expectedVersion, followUpId, true);
    }

    /** Undoes "done" on a follow-up marked done by mistake; its owner or an editor. */
    public Engagement reopenFollowUp(long engagementId, long expectedVersion, long followUpId) {
        return markFollowUp(engagementId, expectedVersion, followUpId, false);
    }

    private Engagement markFollowUp(long engagementId, long expectedVersion, long followUpId, boolean done) {
        Engagement engagement = readable(engagementId);
        FollowUp followUp = engagement.followUp(followUpId);
        if (!followUp.getOwner().equals(actor.username()) && !organisations.canEdit(engagement.getOrganisation())) {
            throw new AccessDeniedException(
                    "Only the follow-up's owner or a lead for this organisation can change whether it is done.");
        }
        requireVersion(engagement, expectedVersion);
        Map<String, String> before = engagement.snapshot();
        if (done) {
            engagement.completeFollowUp(followUp, actor.username());
        } else {
            engagement.reopenFollowUp(followUp, actor.username());
        }
        saveNow(engagement);
        changeLog.updated(
                RECORD_TYPE,
                engagementId,
                (done ? "Follow-up done: " : "Follow-up not done after all: ") + followUp.getAction(),
                before,
                engagement.snapshot());
        return shown(engagement);
    }

    /**
     * Rewords a follow-up, gives it to someone else or moves its due date. An action naming a restricted person is
     * kept as stored when sent back as it was shown, and may not be reworded but by the data protection officer.
     */
    public Engagement changeFollowUp(
            long engagementId, long expectedVersion, long followUpId, FollowUpDetails details) {
        Engagement engagement = editable(engagementId, expectedVersion);
        FollowUp followUp = engagement.followUp(followUpId);
        Map<String, String> before = engagement.snapshot();
        String action = contacts.restrictedNames()
                .kept(
                        "followUps[" + engagement.getFollowUps().indexOf(followUp) + "].action",
                        followUp.getAction(),
                        details.action());
        engagement.changeFollowUp(
                followUp, new FollowUpDetails(action, details.owner(), details.due()), actor.username());
        saveNow(engagement);
        changeLog.updated(
                RECORD_TYPE,
                engagementId,
                "Follow-up changed on " + describe(engagement),
                before,
                engagement.snapshot());
        return shown(engagement);
    }

    /**
     * Deletes an engagement logged by mistake, saying why: an administrator, or the officer who logged it within
     * {@link Engagement#MISTAKE_WINDOW}. The history keeps what it said and the reason.
     */
    public void delete(long id, long expectedVersion, String reason) {
        Engagement engagement = editable(id, expectedVersion);
        if (!actor.hasRole(Role.ADMIN) && !engagement.loggedRecentlyBy(actor.username())) {
            throw new AccessDeniedException(
                    "Only the officer who logged an engagement, within 7 days, or an administrator "
                            + "can delete it. Correct it instead, or ask an administrator.");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new InvalidInputException(
                    "reason", "Say why this engagement is being deleted, in up to 500 characters.");
        }
        Map<String, String> before = engagement.snapshot();
        engagements.remove(engagement);
        saveNow(engagement);
        changeLog.deleted(RECORD_TYPE, id, describe(engagement) + " deleted: " + reason.strip(), before);
    }

    /** Whether the actor may delete this engagement (the rule of {@link #delete}), for offering the button. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayDelete(Engagement engagement) {
        return organisations.canEdit(engagement.getOrganisation())
                && (actor.hasRole(Role.ADMIN) || engagement.loggedRecentlyBy(actor.username()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Engagement> engagementsWith(long organisationId) {
        organisations.get(organisationId);
        RestrictedNames names = contacts.restrictedNames();
        return engagements.findByOrganisation(organisationId).stream()
                .map(e -> e.shownWith(names::mask))
                .toList();
    }

    /** The signed-in user's open follow-ups, overdue ones first, from organisations they may still read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpenFollowUp> myOpenFollowUps() {
        RestrictedNames names = contacts.restrictedNames();
        return engagements.openFollowUpsOf(actor.username()).stream()
                .filter(f -> OrganisationAccess.canRead(
                        actor, f.getEngagement().getOrganisation().getSector()))
                .map(f -> OpenFollowUp.of(f, names::mask))
                .toList();
    }

    /**
     * The organisation's timeline, newest first: changes to it, to the people holding roles there and their
     * roles, and to its engagements. People's phone, email and gender are hidden from readers who may not see them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeLogEntry> historyOf(long organisationId) {
        organisations.get(organisationId);
        Map<String, List<Long>> records = new LinkedHashMap<>(contacts.recordsOf(organisationId));
        records.put(OrganisationService.RECORD_TYPE, List.of(organisationId));
        records.put(RECORD_TYPE, engagements.idsByOrganisation(organisationId));
        return contacts.asActorMaySee(changeLog.historyOf(records));
    }

    /**
     * One engagement, for those who may read its organisation, with restricted people's names masked in its text (as
     * every engagement this service hands out).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Engagement get(long id) {
        return shown(readable(id));
    }

    /** The engagement as the actor may see it: restricted people's names masked in officers' text. */
    private Engagement shown(Engagement engagement) {
        return engagement.shownWith(contacts.restrictedNames()::mask);
    }

    private Engagement readable(long id) {
        Engagement engagement = engagements.findById(id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
        organisations.get(engagement.getOrganisation().getId());
        return engagement;
    }

    private Engagement editable(long id, long expectedVersion) {
        Engagement engagement = readable(id);
        organisations.getEditable(engagement.getOrganisation().getId());
        requireVersion(engagement, expectedVersion);
        return engagement;
    }

    private static void requireVersion(Engagement engagement, long expectedVersion) {
        if (engagement.getVersion() != expectedVersion) {
            throw stale(engagement);
        }
    }

    private void saveNow(Engagement engagement) {
        try {
            engagements.flush();
        } catch (OptimisticLockException race) {
            throw stale(engagement);
        }
    }

    private static StaleRecordException stale(Engagement engagement) {
        return new StaleRecordException(
                "The " + describe(engagement).toLowerCase(), engagement.getUpdatedBy(), engagement.getUpdatedAt());
    }

    private static String describe(Engagement engagement) {
        return engagement.getType().label() + " with "
                + engagement.getOrganisation().getName() + " on " + Dates.describe(engagement.getDate());
    }
}
