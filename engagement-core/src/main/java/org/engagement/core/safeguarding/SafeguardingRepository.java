package org.engagement.core.safeguarding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.organisation.Sector;

/** Where profiles, templates and audits are kept. */
public interface SafeguardingRepository {

    Optional<SafeguardingProfile> profileOf(long organisationId);

    List<SafeguardingProfile> profilesIn(Collection<Sector> sectors);

    Optional<AuditTemplate> template(String code);

    List<AuditTemplate> templates();

    Optional<Audit> audit(long id);

    /** Newest first. */
    List<Audit> auditsOf(long organisationId);

    /** Per organisation id, the date of its latest finished audit. */
    Map<Long, LocalDate> lastFinishedAuditDates();

    /** Actions of finished audits not yet done, earliest due first. */
    List<Finding> openActions(Collection<Sector> sectors);

    void add(Object entity);

    void flush();
}
