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
    }

    /** Roles only: sections that are documents to acknowledge are counted apart. */
    public boolean severalRoles() {
        return roles.stream().filter(section -> !section.duties().document()).count() > 1;
    }

    public boolean hasRoles() {
        return roles.stream().anyMatch(section -> !section.duties().document());
    }

    public boolean hasDocuments() {
        return roles.stream().anyMatch(section -> section.duties().document());
    }

    public boolean severalDocuments() {
        return roles.stream().filter(section -> section.duties().document()).count() > 1;
    }
}
