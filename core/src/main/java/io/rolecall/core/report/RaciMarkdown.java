package io.rolecall.core.report;

/** The RACI matrix as a Markdown table, for wikis and pull requests. */
public final class RaciMarkdown {

    /**
     * Markdown's punctuation that could open a link or an image ({@code [}, so "(" needs nothing), code,
     * emphasis or strike-through, or end a cell.
     */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]|~";

    private RaciMarkdown() {
    }

    public static String render(RaciMatrix matrix) {
        StringBuilder out = new StringBuilder("| Responsibility |");
        StringBuilder rule = new StringBuilder("|---|");
        for (RaciMatrix.RoleColumn role : matrix.roles()) {
            out.append(' ').append(cell(role.name())).append("<br>").append(cell(role.holdersText())).append(" |");
            rule.append(":---:|");
        }
        out.append('\n').append(rule).append('\n');
        for (RaciMatrix.Row row : matrix.rows()) {
            out.append("| ").append(cell(row.name()));
            if (row.reference() != null) {
                out.append("<br>").append(cell(row.reference()));
            }
            out.append(" |");
            for (RaciMatrix.Cell cell : row.cells()) {
                out.append(' ').append(cell.letters()).append(" |");
            }
            out.append('\n');
        }
        out.append("\nR responsible, A accountable, C consulted, I informed.\n");
        out.append("\n## Roles\n");
        for (RaciMatrix.RoleColumn role : matrix.roles()) {
            out.append("\n### ").append(cell(role.name())).append("\n\n");
            out.append(role.vacant() ? "Vacant" : "Held by " + cell(role.holdersText()));
            if (role.reportsTo() != null) {
                out.append(". Reports to: ").append(cell(role.reportsTo()));
            }
            out.append(".\n");
            list(out, "Duties", role.duties());
            list(out, "Authorities", role.authorities());
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String heading, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(heading).append(":\n\n");
        items.forEach(item -> out.append("- ").append(cell(item)).append('\n'));
    }

    /**
     * One table cell of text as written: HTML's special characters as entities (so that no tag or
     * autolink forms), Markdown's punctuation escaped (so that {@code [click](https://evil)} stays
     * text and {@code |} does not end the cell), and line breaks as spaces (a row is one line).
     */
    static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r', '\n' -> out.append(' ');
                default -> {
                    if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
