package io.rolecall.core.acknowledge;

import io.rolecall.core.catalogue.Approval;
import io.rolecall.core.catalogue.Document;
import io.rolecall.core.catalogue.Responsibility;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.Capacity;
import io.rolecall.core.model.Email;
import io.rolecall.core.model.NameList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A role's duties as one holder reads them, in the notice and on the acceptance page: what the role
 * is, what they must do and may decide, whom they report to, who backs them up (or whom they back
 * up), and the activities of the RACI matrix that name the role.
 *
 * A document of roles.yaml to acknowledge or to approve is shown the same way, with its version and where to
 * read it.
 *
 * @param roleId          the role's id, or the document's acknowledgement id ("document:ID")
 * @param capacity        "primary", "backup" or "primary and backup"; "reader" for a document
 * @param counterpartsLine "Backed up by Bea Backup" or "You back up Ada Lovelace", or null
 * @param hasQuestions    whether accepting asks a comprehension check first
 * @param documentVersion for a document, its version; null for a role
 * @param documentUrl     for a document, where it is read; null for a role
 * @param approval        whether the document is to be approved by the management body, not acknowledged
 */
public record DutiesView(String roleId, String name, String description, List<String> duties,
                         List<String> authorities, String reportsTo, String capacity, String counterpartsLine,
                         List<String> raci, boolean hasQuestions, String documentVersion, String documentUrl,
                         boolean approval) {

    /** A document to read and acknowledge, as its readers see it. */
    public static DutiesView of(Document document) {
        return new DutiesView(document.acknowledgementId(), document.title(), null, List.of(), List.of(), null,
                "reader", null, List.of(), false, document.version(), document.url(), false);
    }

    /**
     * A document to approve, as a member of the body that approves it sees it.
     *
     * @param body the approvers role's name, "Management board"
     */
    public static DutiesView of(Approval approval, String body) {
        return new DutiesView(approval.recordId(), approval.title(), "Approved by " + body + " ("
                + (approval.quorum() == Approval.ALL ? "every member" : approval.quorum() + " of its members")
                + " must approve).", List.of(), List.of(), null, "approver", null, List.of(), false,
                approval.version(), approval.url(), true);
    }

    /** Whether this is a document to acknowledge and not an approval nor a role's duties. */
    public boolean acknowledgement() {
        return document() && !approval;
    }

    /** Whether this is a document to acknowledge rather than a role's duties. */
    public boolean document() {
        return documentUrl != null;
    }

    /**
     * @param holders who holds each role now, to name backups and the boss (the notice gives every role's,
     *                from the scan; the acceptance page those of the role and its boss's, from the ledger)
     * @param capacities how {@code person} holds the role, when {@code holders} is null
     */
    public static DutiesView of(RoleCatalogue catalogue, Role role, Email person, RoleHolders holders,
                                Set<Capacity> capacities) {
        return of(catalogue, role, person, holders, capacities, true);
    }

    /**
     * The duties as a successor takes the role over: as its primary, whatever they hold it as now (the
     * backup who takes over is no longer one).
     */
    public static DutiesView successor(RoleCatalogue catalogue, Role role, Email person, RoleHolders holders) {
        DutiesView asPrimary = of(catalogue, role, person, holders, Set.of(Capacity.PRIMARY), false);
        return new DutiesView(asPrimary.roleId, asPrimary.name, asPrimary.description, asPrimary.duties,
                asPrimary.authorities, asPrimary.reportsTo, "primary once you take it over",
                asPrimary.counterpartsLine, asPrimary.raci, asPrimary.hasQuestions, asPrimary.documentVersion,
                asPrimary.documentUrl, false);
    }

    private static DutiesView of(RoleCatalogue catalogue, Role role, Email person, RoleHolders holders,
                                 Set<Capacity> capacities, boolean withHoldings) {
        Set<Capacity> held = new LinkedHashSet<>(capacities);
        String counterparts = null;
        String reportsTo = role.reportsTo() == null ? null : catalogue.roleName(role.reportsTo());
        if (holders != null) {
            List<RoleHolders.RoleHolder> ofRole = holders.of(role.id());
            if (withHoldings) {
                ofRole.stream().filter(h -> h.email().equals(person)).forEach(h -> held.add(h.capacity()));
            }
            List<String> primaries = labels(ofRole, Capacity.PRIMARY, person);
            List<String> backups = labels(ofRole, Capacity.BACKUP, person);
            backups.removeAll(primaries);
            if (held.contains(Capacity.PRIMARY)) {
                counterparts = backups.isEmpty() ? "Nobody backs you up yet."
                        : "Backed up by " + NameList.upTo(backups) + ".";
            } else if (held.contains(Capacity.BACKUP)) {
                counterparts = primaries.isEmpty() ? "The role has no active primary holder: you may have to act on it."
                        : "You back up " + NameList.upTo(primaries) + ".";
            }
            if (role.reportsTo() != null) {
                List<String> bosses = labels(holders.of(role.reportsTo()), Capacity.PRIMARY, null);
                reportsTo += bosses.isEmpty() ? ", vacant for now" : ", held by " + NameList.upTo(bosses);
            }
        }
        List<String> raci = new ArrayList<>();
        for (Responsibility responsibility : catalogue.responsibilities()) {
            String letters = responsibility.lettersFor(role.id());
            if (!letters.isEmpty()) {
                raci.add(words(letters) + ": " + responsibility.name()
                        + (responsibility.reference() == null ? "" : " (" + responsibility.reference() + ")"));
            }
        }
        return new DutiesView(role.id(), role.name(), role.description(), role.duties(), role.authorities(), reportsTo,
                held.isEmpty() ? "holder" : String.join(" and ", held.stream().map(Capacity::word).toList()),
                counterparts, raci, !role.questions().isEmpty(), null, null, false);
    }

    private static List<String> labels(List<RoleHolders.RoleHolder> holders, Capacity capacity, Email except) {
        List<String> labels = new ArrayList<>();
        holders.stream().filter(h -> h.capacity() == capacity && !h.email().equals(except))
                .forEach(h -> labels.add(h.label()));
        return labels;
    }

    /** "R/A" as "Responsible and accountable". */
    private static String words(String letters) {
        List<String> words = new ArrayList<>();
        for (String letter : letters.split("/")) {
            words.add(switch (letter) {
                case "R" -> "responsible";
                case "A" -> "accountable";
                case "C" -> "consulted";
                default -> "informed";
            });
        }
        String text = String.join(" and ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public boolean hasDuties() {
        return !duties.isEmpty();
    }

    public boolean hasAuthorities() {
        return !authorities.isEmpty();
    }

    public boolean hasRaci() {
        return !raci.isEmpty();
    }
}
