package org.engagement.web.privacy.record;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.privacy.record.ProcessingRecord;
import org.engagement.core.privacy.record.ProcessingRecordService;
import org.engagement.core.shared.Dates;

/** The data protection officer's record of processing (Article 30), produced from the records when the page opens. */
@Named
@ViewScoped
public class RecordOfProcessingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessingRecordService records;

    private ProcessingRecord record;

    @PostConstruct
    void produce() {
        record = records.produce();
    }

    public ProcessingRecord getRecord() {
        return record;
    }

    public String getProducedAt() {
        return Dates.describe(record.producedAt());
    }
}
