package io.rolecall.core.acknowledge;

import io.rolecall.core.catalogue.Question;
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
import java.util.stream.IntStream;

/**
 * A role's duties as one holder reads them, in the notice and on the acceptance page: what the role
 * is, what they must do and may decide, whom they report to, who backs them up (or whom they back
 * up), and the activities of the RACI matrix that name the role.
 *
 * @param capacity        "primary", "backup" or "primary and backup"
 * @param counterpartsLine "Backed up by Bea Backup" or "You back up Ada Lovelace", or null
 */
public record DutiesView(String roleId, String name, String description, List<String> duties,
                         List<String> authorities, String reportsTo, String capacity, String counterpartsLine,
                         List<String> raci, List<QuestionView> questions) {

    /** A question with its options numbered from 0, as the form posts them. */
    public record QuestionView(int number, String question, List<Option> options) {
        public record Option(String name, int value, String text) {
        }
    }

    /**
     * @param holders who holds each role now, to name backups and the boss; null to name nobody (the
     *                acceptance page, which must not read everyone) and say only how the holder holds it
     * @param capacities how {@code person} holds the role, when {@code holders} is null
     */
    public static DutiesView of(RoleCatalogue catalogue, Role role, Email person, RoleHolders holders,
                                Set<Capacity> capacities) {
        Set<Capacity> held = new LinkedHashSet<>(capacities);
        String counterparts = null;
        String reportsTo = role.reportsTo() == null ? null : catalogue.roleName(role.reportsTo());
        if (holders != null) {
            List<RoleHolders.RoleHolder> ofRole = holders.of(role.id());
            ofRole.stream().filter(h -> h.email().equals(person)).forEach(h -> held.add(h.capacity()));
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
        List<QuestionView> questions = new ArrayList<>();
        for (int q = 0; q < role.questions().size(); q++) {
            Question question = role.questions().get(q);
            String name = "q" + q;
            questions.add(new QuestionView(q + 1, question.question(), IntStream.range(0, question.options().size())
                    .mapToObj(o -> new QuestionView.Option(name, o, question.options().get(o))).toList()));
        }
        return new DutiesView(role.id(), role.name(), role.description(), role.duties(), role.authorities(), reportsTo,
                held.isEmpty() ? "holder" : String.join(" and ", held.stream().map(Capacity::word).toList()),
                counterparts, raci, questions);
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

    public boolean hasQuestions() {
        return !questions.isEmpty();
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
