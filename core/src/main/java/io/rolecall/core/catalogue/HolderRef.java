package io.rolecall.core.catalogue;

import io.rolecall.core.model.Email;

/** How roles.yaml names a holder: a person by email, or everyone in a directory group. */
public sealed interface HolderRef permits HolderRef.PersonRef, HolderRef.GroupRef {

    String GROUP_PREFIX = "group:";

    /** The text as written in roles.yaml, normalised. */
    String label();

    record PersonRef(Email email) implements HolderRef {
        @Override
        public String label() {
            return email.value();
        }
    }

    record GroupRef(String group) implements HolderRef {
        public GroupRef {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("group name is empty");
            }
            group = group.trim();
        }

        @Override
        public String label() {
            return GROUP_PREFIX + group;
        }
    }

    /** Parses {@code name@domain} or {@code group:<name>}. */
    static HolderRef parse(String raw) {
        String text = raw.trim();
        if (text.regionMatches(true, 0, GROUP_PREFIX, 0, GROUP_PREFIX.length())) {
            return new GroupRef(text.substring(GROUP_PREFIX.length()));
        }
        return new PersonRef(Email.of(text));
    }
}
