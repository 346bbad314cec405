package io.rolecall.core.catalogue;

import io.rolecall.core.framework.RoleRules;
import io.rolecall.core.model.ContentHash;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An information-security role from roles.yaml, with its listed holders, what they must do (duties)
 * and may decide (authorities), whom they report to, and how they accept all that.
 *
 * @param reportsTo       the id of the role this one reports to, or null
 * @param acknowledgement the policy in force for this role: the catalogue's, with the role's own
 *                        settings over it
 * @param training        what every holder must have completed, and how often; null when nothing
 * @param functions       the framework functions the role fulfils, qualified (soc2:security-officer)
 * @param rules           the role rules in force for it: its own settings over those of its functions
 * @param references      clauses roles.yaml cites for the role itself, added to its findings' references
 */
public record Role(
        String id,
        String name,
        String description,
        List<String> duties,
        List<String> authorities,
        String reportsTo,
        List<HolderRef> primary,
        List<HolderRef> backup,
        boolean backupRequired,
        LocalDate lastReviewed,
        AcknowledgementPolicy acknowledgement,
        List<Question> questions,
        RoleTraining training,
        List<String> functions,
        RoleRules rules,
        List<String> references) {

    public Role {
        functions = List.copyOf(functions);
        references = List.copyOf(references);
        rules = rules == null ? RoleRules.NONE : rules;
        duties = List.copyOf(duties);
        authorities = List.copyOf(authorities);
        primary = List.copyOf(primary);
        backup = List.copyOf(backup);
        questions = List.copyOf(questions);
        acknowledgement = acknowledgement == null ? AcknowledgementPolicy.DEFAULT : acknowledgement;
    }

    /** This role with other rules in force (its own settings over its functions' defaults). */
    public Role withRules(RoleRules inForce) {
        return new Role(id, name, description, duties, authorities, reportsTo, primary, backup, backupRequired,
                lastReviewed, acknowledgement, questions, training, functions, inForce, references);
    }

    /** This role held by others: an accepted handover in effect, for one scan. */
    public Role withHolders(List<HolderRef> primaries, List<HolderRef> backups) {
        return new Role(id, name, description, duties, authorities, reportsTo, primaries, backups, backupRequired,
                lastReviewed, acknowledgement, questions, training, functions, rules, references);
    }

    public Optional<LocalDate> lastReviewedDate() {
        return Optional.ofNullable(lastReviewed);
    }

    /** "ISMS Manager (isms-manager)". */
    public String label() {
        return name + " (" + id + ")";
    }

    /**
     * Which version of the duties a holder accepts: a hash of everything they are asked to accept
     * (name, description, duties, authorities, reporting line and questions), so that changing any
     * of it asks every holder again, and changing only who holds the role or its review date does not.
     */
    public String dutiesVersion() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        parts.add(description == null ? "" : description);
        parts.add(String.valueOf(duties.size()));
        parts.addAll(duties);
        parts.add(String.valueOf(authorities.size()));
        parts.addAll(authorities);
        parts.add(reportsTo == null ? "" : reportsTo);
        parts.add(String.valueOf(questions.size()));
        for (Question question : questions) {
            parts.add(question.question());
            parts.add(String.valueOf(question.options().size()));
            parts.addAll(question.options());
            parts.add(question.answer());
        }
        // Unit separators keep "a" + "bc" apart from "ab" + "c".
        return ContentHash.sha256Hex(String.join("\u001f", parts)).substring(0, 16);
    }
}
