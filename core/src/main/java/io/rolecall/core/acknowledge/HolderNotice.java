package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import java.util.List;

/**
 * One email to one holder: the roles whose duties they are asked to accept, and the documents they are
 * asked to acknowledge, each with its link.
 *
 * @param reminder whether every role in it was asked before (the email then says it is a reminder)
 * @param handover for a successor asked to take a role over, what is asked and why, in one paragraph;
 *                 null for a holder's notice
 */
public record HolderNotice(String reference, Email to, String subject, String greeting, String organisation,
                           boolean reminder, List<RoleSection> roles, String contact, String handover) {

    public HolderNotice {
        roles = List.copyOf(roles);
    }

    public HolderNotice(String reference, Email to, String subject, String greeting, String organisation,
                        boolean reminder, List<RoleSection> roles, String contact) {
        this(reference, to, subject, greeting, organisation, reminder, roles, contact, null);
    }

    /**
     * One role in the notice: its duties, the link to accept them, and until when.
     *
     * @param overdue    whether {@code acceptBy} has passed: the notice then asks to accept now
     * @param activities the ISMS calendar's activities the role owns, each with when it is next due
     */
    public record RoleSection(DutiesView duties, String link, String acceptBy, String linkExpiresOn, boolean reminder,
                              boolean overdue, List<String> activities) {

        public RoleSection {
            activities = List.copyOf(activities);
        }

        public boolean hasActivities() {
            return !activities.isEmpty();
        }

        /** What its link asks: "accept" a role's duties, "acknowledge" a document, "approve" one. */
        public String verb() {
            return duties.approval() ? "approve" : duties.document() ? "acknowledge" : "accept";
        }

        /** The link's button: "Approve version 3.2: Information security policy". */
        public String button() {
            return duties.approval() ? "Approve version " + duties.documentVersion() + ": " + duties.name()
                    : duties.document() ? "Acknowledge: " + duties.name() : "Review and accept: " + duties.name();
        }
    }

    /** "accepted this role's duties or acknowledged these documents": what a reminder says is still undone. */
    public String undone() {
        List<String> parts = new java.util.ArrayList<>();
        if (hasRoles()) {
            parts.add("accepted " + (severalRoles() ? "these duties" : "this role's duties"));
        }
        if (hasDocuments()) {
            parts.add("acknowledged " + (severalDocuments() ? "these documents" : "this document"));
        }
        if (hasApprovals()) {
            parts.add("approved " + (severalApprovals() ? "these documents" : "this document"));
        }
        return String.join(" or ", parts);
    }

    /** Why this person gets the notice: "roles.yaml names you for the role above and asks you to ...". */
    public String reason() {
        List<String> parts = new java.util.ArrayList<>();
        if (hasRoles()) {
            parts.add("names you for the " + (severalRoles() ? "roles" : "role") + " above");
        }
        if (hasDocuments()) {
            parts.add("asks you to acknowledge the " + (severalDocuments() ? "documents" : "document") + " above");
        }
        if (hasApprovals()) {
            parts.add("names you among those who approve the " + (severalApprovals() ? "documents" : "document")
                    + " above");
        }
        return "roles.yaml " + String.join(" and ", parts);
    }

    /** Roles only: sections that are documents to acknowledge are counted apart. */
    public boolean severalRoles() {
        return roles.stream().filter(section -> !section.duties().document()).count() > 1;
    }

    public boolean hasRoles() {
        return roles.stream().anyMatch(section -> !section.duties().document());
    }

    /** Documents to acknowledge, approvals apart. */
    public boolean hasDocuments() {
        return roles.stream().anyMatch(section -> section.duties().acknowledgement());
    }

    public boolean severalDocuments() {
        return roles.stream().filter(section -> section.duties().acknowledgement()).count() > 1;
    }

    public boolean hasApprovals() {
        return roles.stream().anyMatch(section -> section.duties().approval());
    }

    public boolean severalApprovals() {
        return roles.stream().filter(section -> section.duties().approval()).count() > 1;
    }
}
