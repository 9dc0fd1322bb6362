package io.wataomi.core.migrate;

import liquibase.changelog.DatabaseChangeLog;
import liquibase.resource.AbstractResource;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The project's resources with one changelog read from a text instead of its file: the master without its revision
 * includes, so that the base parses under the master's own path (the one Liquibase records for the changeSets written in
 * it) without reading every revision.
 */
final class MasterOverlay implements ResourceAccessor {
    private final ResourceAccessor files;
    private final String path;
    private final String text;

    MasterOverlay(ResourceAccessor files, String path, String text) {
        this.files = files;
        this.path = DatabaseChangeLog.normalizePath(path);
        this.text = text;
    }

    @Override
    public List<Resource> search(String searchPath, boolean recursive) throws IOException {
        return files.search(searchPath, recursive);
    }

    @Override
    public List<Resource> getAll(String wanted) throws IOException {
        List<Resource> found = files.getAll(wanted);
        if (found == null || found.isEmpty() || !path.equals(DatabaseChangeLog.normalizePath(wanted))) {
            return found;
        }
        return List.of(new Overlaid(found.get(0)));
    }

    @Override
    public List<String> describeLocations() {
        return files.describeLocations();
    }

    @Override
    public void close() {
        // The files belong to the session, which outlives this view of them.
    }

    /** The master's file, read as the text; paths next to it resolve as from the file. */
    private final class Overlaid extends AbstractResource {
        private final Resource file;

        Overlaid(Resource file) {
            super(file.getPath(), file.getUri());
            this.file = file;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public Resource resolve(String other) {
            return file.resolve(other);
        }

        @Override
        public Resource resolveSibling(String other) {
            return file.resolveSibling(other);
        }
    }
}
