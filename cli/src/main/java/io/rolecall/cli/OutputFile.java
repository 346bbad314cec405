package io.rolecall.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A file a command writes where the user asked (--out): whole or not at all. */
final class OutputFile {

    private OutputFile() {
    }

    /** Written beside the target and moved over it, so an interrupted run never leaves half a file. */
    static void write(Path file, byte[] bytes) {
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                Files.write(partial, bytes);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + e.getMessage()
                    + "; check that --out names a writable place");
        }
    }
}
