package org.engagement.core.privacy;

import java.time.Instant;
import java.util.List;
import org.engagement.core.spi.PersonalDataSection;

/** Everything held about one person, as produced for their subject access request: the core's sections, then modules'. */
public record SubjectAccessExport(
        long personId, String name, Instant producedAt, String producedBy, List<PersonalDataSection> sections) {

    public SubjectAccessExport {
        sections = List.copyOf(sections);
    }
}
