package org.engagement.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.DocumentInfo;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.TransitionRefusedException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Refusal;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** One agreement: its parties and signatures, documents, the moves it can make, and its history. */
@Named
@ViewScoped
public class ViewAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private PageFeedback feedback;

    private Long id;
    private InformationSharingAgreement agreement;
    private List<DocumentInfo> documents;
    private List<ChangeLogEntry> history;
    private transient UploadedFile file;
    private LocalDate nextReviewDate;

    public void load() {
        agreement = agreements.get(id);
        documents = agreements.documents(id);
        history = agreements.history(id);
    }

    public void moveTo(AgreementStatus target) {
        feedback.showing(
                        TransitionRefusedException.class,
                        refused -> Refusal.atTop(Stream.concat(
                                        Stream.of("The agreement cannot become "
                                                + target.label().toLowerCase() + " yet:"),
                                        refused.reasons().stream())
                                .toList()))
                .attempt(
                        () -> agreements.moveTo(id, agreement.getVersion(), target),
                        "transitions",
                        "The agreement is now " + target.label().toLowerCase() + ".");
        load();
    }

    public void recordReview() {
        if (feedback.showing(
                        TransitionRefusedException.class,
                        refused -> Refusal.beside("nextReviewDate", refused.reasons()))
                .attempt(
                        () -> agreements.recordReview(id, agreement.getVersion(), nextReviewDate),
                        "reviewForm",
                        "Review recorded.")) {
            nextReviewDate = null;
        }
        load();
    }

    /** Checks the declared size first, so an oversized file is refused without being read into memory. */
    public void upload() {
        feedback.attempt(
                () -> {
                    if (file == null || file.getSize() == 0) {
                        throw new InvalidInputException("document", "Choose the signed agreement (a PDF) to upload.");
                    }
                    agreements.checkDocumentSize(file.getSize());
                    DocumentInfo added = agreements.addDocument(id, file.getFileName(), file.getContent());
                    return "Version " + added.number() + " of the signed document uploaded.";
                },
                "uploadForm");
        file = null;
        load();
    }

    public StreamedContent download(int number) {
        AgreementService.DownloadedDocument document = agreements.download(id, number);
        return DefaultStreamedContent.builder()
                .name(document.info().filename())
                .contentType("application/pdf")
                .contentLength((long) document.content().length)
                .stream(() -> stream(document.content()))
                .build();
    }

    private static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    public AgreementStatus getStatus() {
        return agreements.statusOf(agreement);
    }

    public boolean isMayManage() {
        return agreements.canManage(agreement);
    }

    public boolean isMayDownload() {
        return agreements.canReadDocuments(agreement);
    }

    public boolean isUnchangeable() {
        return agreement.getStoredStatus().isFinal();
    }

    public long getMaxDocumentBytes() {
        return agreements.maxDocumentBytes();
    }

    public long getMaxDocumentMb() {
        return agreements.maxDocumentBytes() / (1024 * 1024);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InformationSharingAgreement getAgreement() {
        return agreement;
    }

    public List<DocumentInfo> getDocuments() {
        return documents;
    }

    public List<ChangeLogEntry> getHistory() {
        return history;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public LocalDate getNextReviewDate() {
        return nextReviewDate;
    }

    public void setNextReviewDate(LocalDate nextReviewDate) {
        this.nextReviewDate = nextReviewDate;
    }
}
