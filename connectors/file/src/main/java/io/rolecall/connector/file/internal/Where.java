package io.rolecall.connector.file.internal;

/**
 * Where a person stands in an export: "people.json:17: people[3]" or "people.csv: row 5". Put into
 * words only when a message needs it, since a read of 100,000 good people needs none.
 */
record Where(String file, int line, int index, boolean csvRow) {

    static Where json(String file, int line, int index) {
        return new Where(file, line, index, false);
    }

    static Where csv(String file, int row) {
        return new Where(file, row, row, true);
    }

    @Override
    public String toString() {
        return csvRow ? file + ": row " + line : file + ":" + line + ": people[" + index + "]";
    }
}
