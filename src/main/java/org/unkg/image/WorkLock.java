package org.unkg.image;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds {@code DIR/unpack.lock} while an image is unpacked into a work directory, so that two replicas given the same
 * {@code --work} directory by mistake are told so, instead of one deleting what the other is unpacking.
 */
final class WorkLock implements AutoCloseable {

    private static final String FILE = "unpack.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new ImageException(dir + ": another process is unpacking an image here; give each replica a "
                        + "--work directory of its own");
            }
            return new WorkLock(channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            close(channel);
            throw new ImageException(file + ": cannot lock: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it as well
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
        }
    }
}
