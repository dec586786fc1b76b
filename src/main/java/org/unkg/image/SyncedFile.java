package org.unkg.image;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A new file whose bytes are on disk, not only in the page cache, once its stream is closed: a store renamed into
 * place, or an image announced as written, must survive a crash of the machine right after. A failed write throws an
 * {@link ImageException} naming the file, so that it is never mistaken for a fault of the image being read.
 *
 * <p>Blocks of zeros are skipped rather than written, leaving holes that read as zeros: TDB2 extends its files in
 * large steps and leaves them sparse, and a replica's copy should take the disk space of the original, not the
 * hundreds of MB those files claim.
 */
final class SyncedFile extends OutputStream {

    private static final int BLOCK = 1 << 16;
    private static final byte[] ZEROS = new byte[BLOCK];

    private final Path file;
    private final FileChannel channel;
    private long position;

    private SyncedFile(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates the file (and its folders); it must not exist yet. */
    static OutputStream create(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return new BufferedOutputStream(new SyncedFile(file,
                    FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)), BLOCK);
        } catch (FileAlreadyExistsException e) {
            throw new ImageException(file + ": already exists", e);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int start = off; start < off + len; start += BLOCK) {
            int n = Math.min(BLOCK, off + len - start);
            if (Arrays.equals(b, start, start + n, ZEROS, 0, n)) {
                position += n;
                continue;
            }
            ByteBuffer buffer = ByteBuffer.wrap(b, start, n);
            try {
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            } catch (IOException e) {
                throw cannotWrite(file, e);
            }
        }
    }

    @Override
    public void close() {
        try (channel) {
            if (channel.size() < position) {
                // a file that ends in a hole: its last byte gives it its length
                channel.write(ByteBuffer.wrap(new byte[1]), position - 1);
            }
            channel.force(true);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static ImageException cannotWrite(Path file, IOException e) {
        return new ImageException(file + ": cannot write: " + (e.getMessage() != null ? e.getMessage() : e), e);
    }
}
