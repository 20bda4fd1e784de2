package org.engagement.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.privacy.PersonSummary;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.shared.PageOf;
import org.engagement.ui.PagedTable;

/** The data protection officer's finder: everyone recorded, by name, searched and paged in the database. */
@Named
@ViewScoped
public class FindPeople implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrivacyService privacy;

    private final PagedTable<PersonSummary> people =
            PagedTable.ofPages(request -> page(request.search(), request.first(), request.max()), PersonSummary::id);

    public PagedTable<PersonSummary> getPeople() {
        return people;
    }

    PageOf<PersonSummary> page(String words, int first, int size) {
        return privacy.findPeople(words, first, size);
    }
}
