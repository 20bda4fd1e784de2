package org.engagement.web.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.TrainingLevel;
import org.engagement.core.training.TrainingPermissions;
import org.engagement.ui.PagedTable;

/** The organisation list: lazy, database-side paging, sorting and filtering, and export of what is filtered. */
@Named
@ViewScoped
public class FindOrganisations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    @Inject
    private CourseService courseService;

    @Inject
    private TrainingPermissions trainingPermissions;

    private PagedTable<Organisation> model;
    private String q;

    /** Chosen outside the table's columns (the list shows no level per row), so kept here rather than in a filter. */
    private String trainingLevel;

    @PostConstruct
    void init() {
        OrganisationService source = organisations;
        model = PagedTable.of(
                request -> source.count(search(request)), request -> source.list(search(request)), Organisation::getId);
    }

    private OrganisationSearch search(ListRequest request) {
        return new OrganisationSearch(
                request.search(),
                request.filter("name"),
                request.filter("type"),
                request.filter("sector", Sector.class),
                request.filter("status", OrganisationStatus.class),
                request.filter("postcode"),
                request.filter("leadOfficer"),
                trainingLevel,
                request.sortBy(),
                request.descending(),
                request.first(),
                request.max());
    }

    public PagedTable<Organisation> getModel() {
        return model;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<OrganisationType> getTypes() {
        return organisations.types();
    }

    public String typeLabel(String code) {
        return organisations.typeLabel(code);
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    /** Levels to filter by, lowest first, since the filter means "this level or higher". */
    public List<TrainingLevel> getTrainingLevels() {
        return courseService.catalogue().levels().stream()
                .sorted(Comparator.comparingInt(TrainingLevel::rank))
                .toList();
    }

    public String getTrainingLevel() {
        return trainingLevel;
    }

    public void setTrainingLevel(String trainingLevel) {
        this.trainingLevel = trainingLevel == null || trainingLevel.isBlank() ? null : trainingLevel;
    }

    /** Training figures are not for every role that reads organisations (licensing officers do not). */
    public boolean isMayFilterByTraining() {
        return trainingPermissions.mayRead();
    }

    public boolean isMayCreate() {
        return !organisations.creatableTypes().isEmpty();
    }
}
