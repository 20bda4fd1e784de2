package org.engagement.plugins.taxi.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.engagement.core.spi.PageFeedback;
import org.engagement.plugins.taxi.application.RegisterImport;
import org.engagement.plugins.taxi.domain.ImportSummary;
import org.primefaces.event.FileUploadEvent;

/** The industry lead's import page: the licence register, then drivers' training. */
@Named
@RequestScoped
public class ImportRegister {

    private static final String FORM = "imports";

    @Inject
    private RegisterImport imports;

    @Inject
    private PageFeedback feedback;

    public void registerUploaded(FileUploadEvent event) {
        feedback.attempt(
                () -> {
                    ImportSummary s = imported(event, imports::importDrivers);
                    return "Driver register imported: " + s.rows() + " rows, " + s.created() + " drivers added, "
                            + s.updated() + " updated, " + s.unchanged() + " unchanged"
                            + (s.operatorsCreated().isEmpty()
                                    ? ""
                                    : ", new operators: " + String.join(", ", s.operatorsCreated()))
                            + " (" + s.milliseconds() + " ms).";
                },
                FORM);
    }

    public void trainingUploaded(FileUploadEvent event) {
        feedback.attempt(
                () -> {
                    ImportSummary s = imported(event, imports::importTraining);
                    return "Driver training imported: " + s.rows() + " rows, " + s.created() + " records added, "
                            + s.unchanged() + " already on file (" + s.milliseconds() + " ms).";
                },
                FORM);
    }

    private static ImportSummary imported(FileUploadEvent event, Function<InputStream, ImportSummary> importer) {
        try (InputStream csv = event.getFile().getInputStream()) {
            return importer.apply(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
