package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.engagement.core.shared.PageOf;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.persistence.CheckLogWriter;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/** Reading the log of renewal checks (administrators only); every check made so far is written before it is read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CheckLog {

    @Inject
    private TaxiAccess access;

    @Inject
    private TaxiRepository repository;

    @Inject
    private CheckLogWriter writer;

    /** Newest first, with how many match; {@code licencePrefix} (optional) matches the start of the licence number. */
    public PageOf<CheckLogEntry> checkLog(String licencePrefix, int first, int size) {
        readyToRead();
        return new PageOf<>(repository.checkLog(licencePrefix, first, size), repository.countCheckLog(licencePrefix));
    }

    /** One page of the log, newest first, without counting it all. */
    public List<CheckLogEntry> checkLogPage(String licencePrefix, int first, int size) {
        readyToRead();
        return repository.checkLog(licencePrefix, first, size);
    }

    /** How many checks the log holds for the prefix (a table asks this before it loads a page). */
    public long countCheckLog(String licencePrefix) {
        readyToRead();
        return repository.countCheckLog(licencePrefix);
    }

    /** Administrators only; and every check made so far is written first, including those still queued. */
    private void readyToRead() {
        access.require(TaxiModule.ADMINS, "Only an administrator may see the log of renewal checks.");
        writer.flush();
    }
}
