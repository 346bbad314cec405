package io.rolecall.core.model;

import java.util.Objects;

/** Whom a message is for: a person (a channel finds them by their work email) or a named channel. */
public sealed interface Recipient {

    /** A person, as the directory knows them. */
    record Person(Email email) implements Recipient {
        public Person {
            Objects.requireNonNull(email, "email");
        }
    }

    /** A shared channel: a Slack channel's name or id, a Jira project key. */
    record Channel(String id) implements Recipient {
        public Channel {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a channel needs a name or an id");
            }
        }
    }
}
