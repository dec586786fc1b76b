package org.unkg.image;

import java.nio.file.Path;

/**
 * The paths of an image's parts: relative, with {@code /} between folders, and never leading out of the store
 * directory, whatever the image says (an archive entry named {@code ../../etc/x} must not be written anywhere).
 */
final class PartPaths {

    private PartPaths() {
    }

    static boolean isSafe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The file a safe part path names under a directory. */
    static Path resolve(Path dir, String path) {
        Path file = dir.resolve(path).normalize();
        if (!file.startsWith(dir.normalize())) {
            throw new IllegalArgumentException(path + " leads out of " + dir);
        }
        return file;
    }

    /** A file's part path: relative to the store directory, {@code /} between folders. */
    static String of(Path dir, Path file) {
        return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
