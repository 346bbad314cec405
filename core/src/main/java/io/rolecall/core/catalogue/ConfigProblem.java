package io.rolecall.core.catalogue;

/**
 * One thing wrong with a roles.yaml: where (file, line, column, field path), what, and how to fix it.
 * Line and column are 1-based; 0 means unknown.
 */
public record ConfigProblem(String source, int line, int column, String path, String problem, String fix) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        text.append(problem);
        if (fix != null && !fix.isEmpty()) {
            text.append(" Fix: ").append(fix);
        }
        return text.toString();
    }
}
