package io.wataomi.core.autogen;

import io.wataomi.core.render.Format;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of create, check and init.
 *
 * @param classpath      the project's output directory first, then its compile classpath
 * @param packages       packages to scan for entities (subpackages included); empty means all
 * @param namingStrategy auto, standard, snake_case or a PhysicalNamingStrategy class name
 * @param renames        confirmed renames ({@code table.old:new,old_table:new_table}), or null
 * @param format         the revision file format
 * @param againstHistory diff against a scratch database with every revision replayed instead of the live one
 * @param devUrl         the server for scratch databases, or null for the embedded one
 */
public record AutogenOptions(List<Path> classpath, List<String> packages, String namingStrategy, String renames,
                             Format format, boolean againstHistory, String devUrl) {
    public AutogenOptions {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
    }
}
