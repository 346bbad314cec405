package io.rolecall.core.catalogue;

import io.rolecall.core.model.ContentHash;
import java.util.Objects;
import java.util.Optional;

/**
 * A document roles.yaml asks people to read and acknowledge, such as the information security policy
 * (roles.yaml {@code documents:}): everyone in its audience accepts it as they accept their roles, and
 * accepts it again when its version changes or {@code everyMonths} pass.
 *
 * @param url         where the document is read; the notice and the page link to it
 * @param everyMonths how often an acceptance is asked again, even of the same version
 * @param dueDays     days after the first notice by which it must be acknowledged
 */
public record Document(String id, String title, String version, String url, Audience audience, int everyMonths,
                       int dueDays) {

    /** How acceptances of a document are told apart from those of roles in the records they share. */
    public static final String ACKNOWLEDGEMENT_PREFIX = "document:";

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(audience, "audience");
    }

    /** The id its acceptances are recorded under, beside roles' ids: "document:security-policy". */
    public String acknowledgementId() {
        return ACKNOWLEDGEMENT_PREFIX + id;
    }

    /** The id of the document a record's id names ("document:ID"), or empty for a role's or an approval's. */
    public static Optional<String> idIn(String recordId) {
        return recordId.startsWith(ACKNOWLEDGEMENT_PREFIX)
                ? Optional.of(recordId.substring(ACKNOWLEDGEMENT_PREFIX.length())) : Optional.empty();
    }

    /** Which version people accept: a new {@code version} asks everyone again; a moved url does not. */
    public String acknowledgementVersion() {
        return ContentHash.sha256Hex(id + "\u001f" + version).substring(0, 16);
    }

    /** How people accept it: always required, within dueDays, again after everyMonths, reminded as roles are. */
    public AcknowledgementPolicy acknowledgement(AcknowledgementPolicy catalogueDefault) {
        return new AcknowledgementPolicy(true, dueDays, everyMonths, catalogueDefault.remindEveryDays());
    }

    /** "Information security policy, version 3.2". */
    public String label() {
        return title + ", version " + version;
    }

    /** Who must acknowledge a document. */
    public sealed interface Audience permits Everyone, GroupAudience, RoleAudience {

        /** As roles.yaml writes it: "everyone", "group:NAME" or "role:ID". */
        String label();
    }

    /** Every active person of the directory (never a service account). */
    public record Everyone() implements Audience {
        @Override
        public String label() {
            return "everyone";
        }
    }

    /** The active people of a directory group. */
    public record GroupAudience(String group) implements Audience {
        @Override
        public String label() {
            return "group:" + group;
        }
    }

    /** The active primary and backup holders of a role. */
    public record RoleAudience(String roleId) implements Audience {
        @Override
        public String label() {
            return "role:" + roleId;
        }
    }
}
