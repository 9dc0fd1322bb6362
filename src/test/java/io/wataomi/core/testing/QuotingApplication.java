package io.wataomi.core.testing;

import io.wataomi.core.autogen.AutogenOptions;
import io.wataomi.core.entity.EntityRequest;
import io.wataomi.core.render.Format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The test projects' applications: like most real ones that name tables {@code user} or {@code order}, they set
 * {@code hibernate.auto_quote_keyword=true}; the entity-level ones also set {@code hibernate.default_schema}, so
 * their DDL is schema-qualified. The plugin forces neither: these settings are the application's.
 */
public final class QuotingApplication {
    private QuotingApplication() {
    }

    /** The application's settings: keywords quoted, and the default schema when one is given. */
    public static EntityRequest.Application settings(String schema) {
        return new EntityRequest.Application(null, List.of(), schema == null
                ? Map.of("hibernate.auto_quote_keyword", "true")
                : Map.of("hibernate.auto_quote_keyword", "true", "hibernate.default_schema", schema));
    }

    /** An entity request of such an application; a null schema means public. */
    public static EntityRequest request(List<Path> classpath, List<String> packages, String naming, String schema) {
        String s = schema == null ? "public" : schema;
        return new EntityRequest(classpath, packages, naming, s, settings(s));
    }

    /** An entity request with the default naming and schema. */
    public static EntityRequest of(List<Path> classpath, List<String> packages) {
        return request(classpath, packages, null, null);
    }

    /** Autogenerate options of such an application (keywords quoted; the schema is the project's wataomi.schema). */
    public static AutogenOptions options(List<Path> classpath, List<String> packages, String naming, String renames,
                                         Format format, boolean againstHistory, String devUrl) {
        return new AutogenOptions(classpath, packages, naming, renames, format, againstHistory, devUrl, settings(null));
    }
}
