package io.rolecall.connector.entra.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A group, or a member of one, by id (and display name, for groups). */
@JsonIgnoreProperties(ignoreUnknown = true)
record GraphObject(String id, String displayName) {
}
