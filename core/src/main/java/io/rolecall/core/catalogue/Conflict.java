package io.rolecall.core.catalogue;

/** Two roles one person must not hold together (ISO 27001 A.5.3 segregation of duties). */
public record Conflict(String firstRole, String secondRole, String reason) {

    /** Stable name of the conflict, used in finding ids: order as declared. */
    public String id() {
        return firstRole + "+" + secondRole;
    }
}
