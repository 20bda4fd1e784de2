package org.engagement.plugins.taxi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.engagement.core.shared.DomainException;
import org.primefaces.event.FileUploadEvent;

/** The industry lead's import page: the licence register, then drivers' training. */
@Named
@RequestScoped
public class ImportRegister {

    @Inject
    private TaxiService taxi;

    public void registerUploaded(FileUploadEvent event) {
        try (InputStream csv = event.getFile().getInputStream()) {
            ImportSummary s = taxi.importDrivers(csv);
            PageMessages.info("Driver register imported: " + s.rows() + " rows, " + s.created() + " drivers added, "
                    + s.updated() + " updated, " + s.unchanged() + " unchanged"
                    + (s.operatorsCreated().isEmpty()
                            ? ""
                            : ", new operators: " + String.join(", ", s.operatorsCreated()))
                    + " (" + s.milliseconds() + " ms).");
        } catch (DomainException e) {
            PageMessages.show(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void trainingUploaded(FileUploadEvent event) {
        try (InputStream csv = event.getFile().getInputStream()) {
            ImportSummary s = taxi.importTraining(csv);
            PageMessages.info("Driver training imported: " + s.rows() + " rows, " + s.created() + " records added, "
                    + s.unchanged() + " already on file (" + s.milliseconds() + " ms).");
        } catch (DomainException e) {
            PageMessages.show(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
