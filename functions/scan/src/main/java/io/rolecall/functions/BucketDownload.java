package io.rolecall.functions;

import io.rolecall.infra.s3.S3ConfigBucket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** A file of the configuration bucket, downloaded to a folder of its own, read, and removed again. */
final class BucketDownload {

    private BucketDownload() {
    }

    /** @param hint what to do when the key does not exist */
    static <T> T read(S3ConfigBucket config, String key, long maxBytes, String hint, Function<Path, T> reader) {
        try {
            Path dir = Files.createTempDirectory("rolecall-download");
            try {
                return reader.apply(config.download(key, dir, maxBytes, hint));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
