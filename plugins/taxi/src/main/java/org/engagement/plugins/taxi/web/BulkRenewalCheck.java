package org.engagement.plugins.taxi.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.spi.PageFeedback;
import org.engagement.plugins.taxi.application.DriverRegister;
import org.engagement.plugins.taxi.application.RenewalChecks;
import org.engagement.plugins.taxi.domain.BulkCheck;
import org.engagement.plugins.taxi.domain.BulkCheckQuery;
import org.engagement.plugins.taxi.domain.BulkCheckRow;
import org.engagement.ui.PagedTable;
import org.primefaces.event.FileUploadEvent;

/**
 * Checks every licence expiring soon (or a list of licence numbers) at once: not-eligible drivers first, one
 * page of the table from the database at a time.
 */
@Named
@ViewScoped
public class BulkRenewalCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DriverRegister register;

    @Inject
    private RenewalChecks checks;

    @Inject
    private PageFeedback feedback;

    private int days = 30;
    private boolean trainingShortOnly;
    private String licenceNumbers;
    private boolean run;
    private long total;
    private long notEligible;
    private Map<Long, String> operators = Map.of();
    private List<String> unknownLicences = List.of();
    private final PagedTable<BulkCheckRow> model =
            PagedTable.of(request -> run ? total : 0, this::rows, BulkCheckRow::licenceNumber);

    public void check() {
        // The first page now, so a bad query is refused here with its message rather than inside the table.
        run = feedback.attempt(
                () -> {
                    BulkCheck first = checks.bulkCheck(query(0, 1));
                    total = first.total();
                    notEligible = first.notEligible();
                    operators = new java.util.HashMap<>(register.operatorNames());
                    unknownLicences = first.unknownLicences();
                },
                "bulk",
                null);
    }

    public void listUploaded(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            licenceNumbers = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BulkCheckQuery query(int first, int size) {
        List<String> listed = licenceNumbers == null || licenceNumbers.isBlank()
                ? null
                : Arrays.stream(licenceNumbers.split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList();
        return new BulkCheckQuery(days, listed, trainingShortOnly, first, size);
    }

    /** The table's rows; the service already orders them, not-eligible first. */
    /** The page of the check that last ran; its total is kept from the run, so the count costs nothing. */
    private List<BulkCheckRow> rows(ListRequest request) {
        if (!run) {
            return List.of();
        }
        BulkCheck page = checks.bulkCheck(query(request.first(), request.max()));
        total = page.total();
        return page.rows();
    }

    public PagedTable<BulkCheckRow> getModel() {
        return model;
    }

    public boolean isRun() {
        return run;
    }

    public long getTotal() {
        return total;
    }

    public long getNotEligible() {
        return notEligible;
    }

    public List<String> getUnknownLicences() {
        return unknownLicences;
    }

    public String getUnknownText() {
        return String.join(", ", unknownLicences);
    }

    public String operatorName(Long operatorId) {
        return operatorId == null ? "" : operators.getOrDefault(operatorId, "");
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public boolean isTrainingShortOnly() {
        return trainingShortOnly;
    }

    public void setTrainingShortOnly(boolean trainingShortOnly) {
        this.trainingShortOnly = trainingShortOnly;
    }

    public String getLicenceNumbers() {
        return licenceNumbers;
    }

    public void setLicenceNumbers(String licenceNumbers) {
        this.licenceNumbers = licenceNumbers;
    }
}
