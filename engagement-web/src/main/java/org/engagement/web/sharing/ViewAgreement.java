package org.engagement.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.shared.DomainException;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.DocumentInfo;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.TransitionRefusedException;
import org.engagement.web.faces.FacesErrors;
import org.omnifaces.util.Messages;
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
        try {
            agreements.moveTo(id, agreement.getVersion(), target);
            Messages.create("The agreement is now " + target.label().toLowerCase() + ".")
                    .add();
        } catch (TransitionRefusedException refused) {
            Messages.create("The agreement cannot become " + target.label().toLowerCase() + " yet:")
                    .error()
                    .add();
            refused.reasons().forEach(reason -> Messages.create(reason).error().add());
        } catch (DomainException refused) {
            FacesErrors.show(refused, "transitions");
        }
        load();
    }

    public void recordReview() {
        try {
            agreements.recordReview(id, agreement.getVersion(), nextReviewDate);
            Messages.create("Review recorded.").add();
            nextReviewDate = null;
        } catch (TransitionRefusedException refused) {
            refused.reasons().forEach(reason -> Messages.create(reason).error().add("reviewForm:nextReviewDate"));
        } catch (DomainException refused) {
            FacesErrors.show(refused, "reviewForm");
        }
        load();
    }

    /** Checks the declared size first, so an oversized file is refused without being read into memory. */
    public void upload() {
        try {
            if (file == null || file.getSize() == 0) {
                FacesErrors.show(
                        new org.engagement.core.shared.InvalidInputException(
                                "document", "Choose the signed agreement (a PDF) to upload."),
                        "uploadForm");
                return;
            }
            agreements.checkDocumentSize(file.getSize());
            DocumentInfo added = agreements.addDocument(id, file.getFileName(), file.getContent());
            Messages.create("Version " + added.number() + " of the signed document uploaded.")
                    .add();
        } catch (DomainException refused) {
            FacesErrors.show(refused, "uploadForm");
        } finally {
            file = null;
        }
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
