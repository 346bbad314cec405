package io.rolecall.core.report;

import io.rolecall.core.model.NameList;
import io.rolecall.core.catalogue.HolderRef;
import io.rolecall.core.catalogue.Role;
import io.rolecall.core.catalogue.RoleCatalogue;
import io.rolecall.core.holding.RoleHoldings;
import io.rolecall.core.model.Person;
import java.util.List;
import java.util.function.Function;

/**
 * The RACI matrix of roles.yaml with who holds each role: activities as rows, roles as columns.
 * Holders are the active primaries when the directory is known, else the names roles.yaml lists.
 */
public record RaciMatrix(String organisation, boolean holdersFromDirectory, List<RoleColumn> roles, List<Row> rows) {

    /**
     * A role as a column, with what its holders must do and may decide and whom they report to (by
     * role name, or null), so that wherever the matrix goes the duties go too.
     */
    public record RoleColumn(String id, String name, List<String> holders, boolean vacant, String reportsTo,
                             List<String> duties, List<String> authorities) {
        /** Every holder: for the CSV and the Markdown of `rolecall raci`. */
        public String holdersText() {
            return vacant ? "vacant" : String.join(", ", holders);
        }

        /** The first holders and how many more: for pages and emails people read. */
        public String holdersShort() {
            return vacant ? "vacant" : NameList.upTo(holders);
        }

        public boolean hasDuties() {
            return !duties.isEmpty();
        }

        public boolean hasAuthorities() {
            return !authorities.isEmpty();
        }
    }

    public record Cell(String roleId, String letters) {
    }

    public record Row(String id, String name, String reference, List<Cell> cells, String responsible,
                      String accountable, String consulted, String informed) {
    }

    /** @param holdings current holdings, or null when no directory is available */
    public static RaciMatrix of(RoleCatalogue catalogue, RoleHoldings holdings) {
        List<RoleColumn> columns = catalogue.roles().stream().map(role -> column(catalogue, role, holdings)).toList();
        Function<List<String>, String> describe = ids -> String.join("; ", ids.stream()
                .map(id -> catalogue.roleName(id) + columns.stream().filter(c -> c.id().equals(id)).findFirst()
                        .map(c -> " (" + c.holdersShort() + ")").orElse(""))
                .toList());
        List<Row> rows = catalogue.responsibilities().stream().map(r -> new Row(r.id(), r.name(), r.reference(),
                catalogue.roles().stream().map(role -> new Cell(role.id(), r.lettersFor(role.id()))).toList(),
                describe.apply(r.responsible()), describe.apply(r.accountable()), describe.apply(r.consulted()),
                describe.apply(r.informed()))).toList();
        return new RaciMatrix(catalogue.organisation(), holdings != null, columns, rows);
    }

    private static RoleColumn column(RoleCatalogue catalogue, Role role, RoleHoldings holdings) {
        List<String> holders = holdings == null
                ? role.primary().stream().map(HolderRef::label).toList()
                : holdings.activePrimaries(role.id()).stream().map(RaciMatrix::shortName).toList();
        return new RoleColumn(role.id(), role.name(), holders, holders.isEmpty(),
                role.reportsTo() == null ? null : catalogue.roleName(role.reportsTo()), role.duties(),
                role.authorities());
    }

    private static String shortName(Person person) {
        return person.name() == null ? person.email().value() : person.name();
    }
}
