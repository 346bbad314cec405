package io.rolecall.core.acknowledge;

import io.rolecall.core.model.Email;
import io.rolecall.core.model.NameList;
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
            return switch (kind(this)) {
                case ROLE -> "accept";
                case DOCUMENT -> "acknowledge";
                case APPROVAL -> "approve";
            };
        }

        /** The link's button: "Approve version 3.2: Information security policy". */
        public String button() {
            return switch (kind(this)) {
                case ROLE -> "Review and accept: ";
                case DOCUMENT -> "Acknowledge: ";
                case APPROVAL -> "Approve version " + duties.documentVersion() + ": ";
            } + duties.name();
        }
    }

    /** "accepted this role's duties or acknowledged these documents": what a reminder says is still undone. */
    public String undone() {
        return phrase(roles, "accepted " + (severalRoles() ? "these duties" : "this role's duties"),
                "acknowledged " + (severalDocuments() ? "these documents" : "this document"),
                "approved " + (severalApprovals() ? "these documents" : "this document"), " or ");
    }

    /** Why this person gets the notice: "roles.yaml names you for the role above and asks you to ...". */
    public String reason() {
        return "roles.yaml " + phrase(roles, "names you for the " + (severalRoles() ? "roles" : "role") + " above",
                "asks you to acknowledge the " + (severalDocuments() ? "documents" : "document") + " above",
                "names you among those who approve the " + (severalApprovals() ? "documents" : "document")
                        + " above", " and ");
    }

    /**
     * What a notice of these sections asks, for its subject: "information security role", "documents to
     * acknowledge", "information security role and document to approve".
     */
    public static String asking(List<RoleSection> sections) {
        long roles = count(sections, Kind.ROLE);
        long documents = count(sections, Kind.DOCUMENT);
        long approvals = count(sections, Kind.APPROVAL);
        List<String> parts = List.of(roles > 0 ? "information security role" + (roles > 1 ? "s" : "") : "",
                documents > 0 ? "document" + (documents > 1 ? "s" : "") + " to acknowledge" : "",
                approvals > 0 ? "document" + (approvals > 1 ? "s" : "") + " to approve" : "")
                .stream().filter(part -> !part.isEmpty()).toList();
        return NameList.inWords(parts);
    }

    /** The phrase of each kind of section the notice has, joined. */
    private static String phrase(List<RoleSection> sections, String role, String document, String approval,
                                 String joiner) {
        List<String> parts = new java.util.ArrayList<>();
        if (count(sections, Kind.ROLE) > 0) {
            parts.add(role);
        }
        if (count(sections, Kind.DOCUMENT) > 0) {
            parts.add(document);
        }
        if (count(sections, Kind.APPROVAL) > 0) {
            parts.add(approval);
        }
        return String.join(joiner, parts);
    }

    /** What a section asks for: a role's duties, a document's acknowledgement, or a document's approval. */
    private enum Kind { ROLE, DOCUMENT, APPROVAL }

    private static Kind kind(RoleSection section) {
        return section.duties().approval() ? Kind.APPROVAL : section.duties().document() ? Kind.DOCUMENT : Kind.ROLE;
    }

    private static long count(List<RoleSection> sections, Kind kind) {
        return sections.stream().filter(section -> kind(section) == kind).count();
    }

    /** Roles only: sections that are documents are counted apart. */
    public boolean severalRoles() {
        return count(roles, Kind.ROLE) > 1;
    }

    public boolean hasRoles() {
        return count(roles, Kind.ROLE) > 0;
    }

    /** Documents to acknowledge, approvals apart. */
    public boolean hasDocuments() {
        return count(roles, Kind.DOCUMENT) > 0;
    }

    public boolean severalDocuments() {
        return count(roles, Kind.DOCUMENT) > 1;
    }

    public boolean hasApprovals() {
        return count(roles, Kind.APPROVAL) > 0;
    }

    public boolean severalApprovals() {
        return count(roles, Kind.APPROVAL) > 1;
    }
}
