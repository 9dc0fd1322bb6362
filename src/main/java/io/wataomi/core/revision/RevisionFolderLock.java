package io.wataomi.core.revision;

import io.wataomi.core.config.WataomiConfig;
import io.wataomi.core.shared.Output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock that create and merge hold on a changelog folder from reading its revisions to writing theirs, so two runs
 * never write two revisions with the same parent. Between processes it is a lock on the file {@value #FILE_NAME} in
 * the folder, which the operating system drops when the holder dies; a file lock belongs to a whole JVM, so the
 * threads of one JVM also take a lock per folder, re-entrant for the thread that holds it.
 */
public final class RevisionFolderLock implements AutoCloseable {
    /** The lock file in the changelog folder; it stays there, empty of meaning, between runs. */
    public static final String FILE_NAME = ".wataomi.lock";
    private static final Map<Path, ReentrantLock> THREADS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 100;
    private static final String CONTENT = "wataomi create and merge lock this file while they write revisions. It may stay"
            + " here; keep it out of version control.\n";

    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock lock;

    private RevisionFolderLock(ReentrantLock threads, FileChannel channel, FileLock lock) {
        this.threads = threads;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the project's changelog folder, saying so when it has to wait, for up to wataomi.lockTimeout. */
    public static RevisionFolderLock acquire(WataomiConfig config, Output output) {
        Path dir = config.changelogDirectory().toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        long deadline = System.nanoTime() + config.lockTimeout().toNanos();
        try {
            Files.createDirectories(dir);
            ReentrantLock threads = THREADS.computeIfAbsent(dir.toRealPath(), d -> new ReentrantLock());
            if (threads.isHeldByCurrentThread()) {
                threads.lock();
                return new RevisionFolderLock(threads, null, null);
            }
            Waiting waiting = new Waiting(output, dir, file, config);
            if (!threads.tryLock()) {
                waiting.announce();
                if (!threads.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw waiting.timedOut();
                }
            }
            try {
                return fileLock(threads, file, waiting, deadline);
            } catch (IOException | RuntimeException | InterruptedException e) {
                threads.unlock();
                throw e;
            }
        } catch (IOException e) {
            throw new RevisionException("Cannot lock " + file + " to write a revision: " + e.getMessage()
                    + ". create and merge need to write in " + dir + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RevisionException("Interrupted while waiting for the lock on " + file + ".");
        }
    }

    private static RevisionFolderLock fileLock(ReentrantLock threads, Path file, Waiting waiting, long deadline)
            throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            while (lock == null) {
                waiting.announce();
                if (System.nanoTime() > deadline) {
                    throw waiting.timedOut();
                }
                Thread.sleep(POLL_MILLIS);
                lock = channel.tryLock();
            }
            if (channel.size() == 0) {
                channel.write(ByteBuffer.wrap(CONTENT.getBytes(StandardCharsets.UTF_8)));
            }
            waiting.acquired();
            return new RevisionFolderLock(threads, channel, lock);
        } catch (IOException | RuntimeException | InterruptedException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            if (channel != null) {
                lock.release();
                channel.close();
            }
        } catch (IOException e) {
            // Closing the channel failed; the operating system drops the lock with the process at the latest.
        } finally {
            threads.unlock();
        }
    }

    /** What a run says while it waits: once when it starts waiting, once when it has the lock. */
    private static final class Waiting {
        private final Output output;
        private final Path dir;
        private final Path file;
        private final WataomiConfig config;
        private boolean announced;

        Waiting(Output output, Path dir, Path file, WataomiConfig config) {
            this.output = output;
            this.dir = dir;
            this.file = file;
            this.config = config;
        }

        void announce() {
            if (!announced) {
                output.info("Waiting for another create or merge to finish writing revisions in " + dir + " (it holds " + file + ").");
                announced = true;
            }
        }

        void acquired() {
            if (announced) {
                output.info("Lock on " + dir + " acquired; reading the revisions as they are now.");
            }
        }

        RevisionException timedOut() {
            return new RevisionException("Timed out after " + config.lockTimeout().toSeconds() + " s waiting for another create or"
                    + " merge to finish writing revisions in " + dir + " (it holds " + file + "). Wait for that run to end, or"
                    + " raise wataomi.lockTimeout.");
        }
    }
}
