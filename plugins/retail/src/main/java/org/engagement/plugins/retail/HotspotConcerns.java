package org.engagement.plugins.retail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.InvalidInputException;

/** How many concerns about premises were reported in one quarter, as entered from the partnership's meetings. */
@Entity
@Table(name = "retail_hotspot_concerns")
@NamedQuery(
        name = "HotspotConcerns.byOrganisation",
        query =
                "select c from HotspotConcerns c where c.organisationId = :organisationId order by c.year desc, c.quarter desc")
@NamedQuery(
        name = "HotspotConcerns.find",
        query =
                "select c from HotspotConcerns c where c.organisationId = :organisationId and c.year = :year and c.quarter = :quarter")
public class HotspotConcerns {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retail_concerns_seq")
    @SequenceGenerator(name = "retail_concerns_seq", sequenceName = "retail_concerns_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "financial_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int quarter;

    @Column(nullable = false)
    private int concerns;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected HotspotConcerns() {}

    HotspotConcerns(long organisationId, FinancialQuarter quarter) {
        this.organisationId = organisationId;
        this.year = quarter.startYear();
        this.quarter = quarter.number();
    }

    void record(Integer count, String by) {
        if (count == null || count < 0) {
            throw new InvalidInputException("concerns", "Enter the number of concerns reported (0 or more).");
        }
        concerns = count;
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public String getQuarterLabel() {
        return new FinancialQuarter(year, quarter).label();
    }

    public int getConcerns() {
        return concerns;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
