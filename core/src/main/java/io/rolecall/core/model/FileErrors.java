package io.rolecall.core.model;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be used, in words for the person who named it. The JDK's own messages of
 * these exceptions are often only the path, and their class names mean nothing to a reader.
 */
public final class FileErrors {

    private FileErrors() {
    }

    public static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof InvalidPathException) {
            return "it is not a valid path";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        if (e instanceof FileSystemException) {
            return "the file system refused it";
        }
        return "it cannot be read";
    }
}
