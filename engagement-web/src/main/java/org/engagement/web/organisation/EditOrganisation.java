package org.engagement.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagement.core.organisation.LikelyDuplicateException;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;
import org.engagement.core.spi.PageFeedback.Refusal;

/**
 * Creating or changing an organisation on one page. A likely duplicate is shown to the user, who may then
 * confirm that it is a different organisation.
 */
@Named
@ViewScoped
public class EditOrganisation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TRAILING_ID = Pattern.compile("#(\\d+)\\)?$");

    @Inject
    private OrganisationService organisations;

    @Inject
    private PageFeedback feedback;

    private Long id;
    private long version;
    private String name;
    private String type;
    private String addressLine1;
    private String addressLine2;
    private String town;
    private String postcode;
    private String ward;
    private String phone;
    private String email;
    private String website;
    private OrganisationStatus status = OrganisationStatus.PROSPECT;
    private String leadOfficer;
    private String tags;
    private String notes;
    private String parent;
    private boolean duplicateSuspected;

    /** Called by the view's f:viewAction: loads the organisation being edited, if any. */
    public void load() {
        if (id == null) {
            return;
        }
        Organisation o = organisations.shown(organisations.getEditable(id));
        version = o.getVersion();
        name = o.getName();
        type = o.getTypeCode();
        addressLine1 = o.getAddressLine1();
        addressLine2 = o.getAddressLine2();
        town = o.getTown();
        postcode = o.getPostcodeText();
        ward = o.getWard();
        phone = o.getPhone();
        email = o.getEmail();
        website = o.getWebsite();
        status = o.getStatus();
        leadOfficer = o.getLeadOfficer();
        tags = String.join(", ", o.getTags());
        notes = o.getNotes();
        parent = o.getParent() == null ? null : label(o.getParent());
    }

    public String save() {
        return save(false);
    }

    /** The user has seen the likely duplicate and says this is a different organisation. */
    public String saveAnyway() {
        return save(true);
    }

    private String save(boolean force) {
        return feedback.showing(LikelyDuplicateException.class, duplicate -> {
                    duplicateSuspected = true;
                    return Refusal.warningAtTop(duplicate.getMessage());
                })
                .navigate(
                        () -> {
                            Organisation saved = id == null
                                    ? organisations.create(details(), force)
                                    : organisations.update(id, version, details());
                            return new Outcome(
                                    (id == null ? "Organisation created: " : "Changes saved: ") + saved.getName(),
                                    "/organisations/view.xhtml?faces-redirect=true&id=" + saved.getId());
                        },
                        "orgForm");
    }

    private OrganisationDetails details() {
        LinkedHashSet<String> tagSet =
                tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(tags.split("\\s*,\\s*")));
        return new OrganisationDetails(
                name,
                type,
                addressLine1,
                addressLine2,
                town,
                postcode,
                ward,
                phone,
                email,
                website,
                status,
                leadOfficer,
                tagSet,
                notes,
                parentId());
    }

    private Long parentId() {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        Matcher m = TRAILING_ID.matcher(parent.strip());
        if (!m.find()) {
            throw new InvalidInputException(
                    "parentId", "Choose the parent organisation from the suggestions as you type its name.");
        }
        return Long.valueOf(m.group(1));
    }

    /** Suggestions for the parent organisation: names that contain what was typed. */
    public List<String> completeParent(String typed) {
        return organisations
                .search(new OrganisationSearch(null, typed, null, null, null, null, null, null, false, 0, 10))
                .items()
                .stream()
                .filter(o -> !o.getId().equals(id))
                .map(EditOrganisation::label)
                .toList();
    }

    private static String label(Organisation o) {
        return o.getName() + " (#" + o.getId() + ")";
    }

    public List<OrganisationType> getTypes() {
        return organisations.creatableTypes();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isDuplicateSuspected() {
        return duplicateSuspected;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public void setLeadOfficer(String leadOfficer) {
        this.leadOfficer = leadOfficer;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }
}
