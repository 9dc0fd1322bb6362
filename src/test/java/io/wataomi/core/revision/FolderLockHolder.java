package io.wataomi.core.revision;

import io.wataomi.core.shared.Output;
import io.wataomi.core.testing.ChildJvm;
import io.wataomi.core.testing.TestProject;

import java.nio.file.Path;
import java.util.Map;

/**
 * The child JVM of the folder lock test: takes a project's revision folder lock, prints {@code LOCKED}, and holds
 * it until it is killed.
 *
 * <p>Arguments: basedir
 */
public final class FolderLockHolder {
    private FolderLockHolder() {
    }

    @SuppressWarnings({"resource", "InfiniteLoopStatement"})
    public static void main(String[] args) throws InterruptedException {
        ChildJvm.exitWithParent();
        RevisionFolderLock.acquire(TestProject.config(Path.of(args[0]), RevisionFolderLockTest.NO_DATABASE, Map.of()), Output.silent());
        System.out.println("LOCKED");
        System.out.flush();
        while (true) {
            Thread.sleep(60_000);
        }
    }
}
