package io.rolecall.core.catalogue;

import java.util.List;

/** One row of the RACI matrix: an activity and the roles that are R, A, C and I for it. */
public record Responsibility(
        String id,
        String name,
        String reference,
        List<String> responsible,
        List<String> accountable,
        List<String> consulted,
        List<String> informed) {

    public Responsibility {
        responsible = List.copyOf(responsible);
        accountable = List.copyOf(accountable);
        consulted = List.copyOf(consulted);
        informed = List.copyOf(informed);
    }

    /** The RACI letters that {@code roleId} carries for this activity, such as "R" or "A/C", or "". */
    public String lettersFor(String roleId) {
        StringBuilder letters = new StringBuilder();
        append(letters, responsible, roleId, "R");
        append(letters, accountable, roleId, "A");
        append(letters, consulted, roleId, "C");
        append(letters, informed, roleId, "I");
        return letters.toString();
    }

    private static void append(StringBuilder letters, List<String> roles, String roleId, String letter) {
        if (roles.contains(roleId)) {
            letters.append(letters.length() == 0 ? "" : "/").append(letter);
        }
    }
}
