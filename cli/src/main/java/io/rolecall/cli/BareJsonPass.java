package io.rolecall.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The floor any reader of a directory export pays: one Jackson streaming pass over every token,
 * reading every string, keeping nothing. The scan benchmarks measure RoleCall against it, in the same
 * JVM ({@code rolecall bench}) and as a process of its own ({@code scripts/bench.sh fresh}, which runs
 * this main on the jar alone, so that the baseline loads Jackson and nothing of RoleCall).
 */
public final class BareJsonPass {

    private BareJsonPass() {
    }

    /** @return how long the pass took, in nanoseconds */
    public static long pass(Path export) throws IOException {
        long start = System.nanoTime();
        long strings = 0;
        try (JsonParser parser = new JsonFactory().createParser(export.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    strings += parser.getText().length();
                }
            }
        }
        long nanos = System.nanoTime() - start;
        if (strings == 0) {
            throw new IllegalStateException("the export has no text: " + export);
        }
        return nanos;
    }

    public static void main(String[] args) throws IOException {
        pass(Path.of(args[0]));
    }
}
