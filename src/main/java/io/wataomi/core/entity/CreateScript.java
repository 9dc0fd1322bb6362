package io.wataomi.core.entity;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Hibernate's own CREATE script for the metadata, captured statement by statement (no database involved). */
final class CreateScript {
    private CreateScript() {
    }

    /** The statements Hibernate would run for {@code hbm2ddl.auto=create}, without drops and without delimiters. */
    static List<String> generate(Metadata metadata, StandardServiceRegistry registry, Map<String, Object> settings) {
        List<String> statements = new ArrayList<>();
        ScriptTargetOutput output = new ScriptTargetOutput() {
            @Override
            public void prepare() {
            }

            @Override
            public void accept(String command) {
                statements.add(strip(command));
            }

            @Override
            public void release() {
            }
        };
        SchemaManagementTool tool = registry.requireService(SchemaManagementTool.class);
        tool.getSchemaCreator(settings).doCreation(metadata, options(settings), ContributableMatcher.ALL, source(), target(output));
        return statements;
    }

    /** A statement without surrounding blanks or a trailing semicolon (Hibernate adds none without a delimiter). */
    static String strip(String command) {
        String s = command.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    private static ExecutionOptions options(Map<String, Object> settings) {
        return new ExecutionOptions() {
            @Override
            public Map<String, Object> getConfigurationValues() {
                return settings;
            }

            @Override
            public boolean shouldManageNamespaces() {
                // Schemas are created by EntitySource with IF NOT EXISTS: Hibernate's plain CREATE SCHEMA fails on public.
                return false;
            }

            @Override
            public org.hibernate.tool.schema.spi.ExceptionHandler getExceptionHandler() {
                return e -> {
                    throw e;
                };
            }
        };
    }

    private static SourceDescriptor source() {
        return new SourceDescriptor() {
            @Override
            public SourceType getSourceType() {
                return SourceType.METADATA;
            }

            @Override
            public ScriptSourceInput getScriptSourceInput() {
                return null;
            }
        };
    }

    private static TargetDescriptor target(ScriptTargetOutput output) {
        return new TargetDescriptor() {
            @Override
            public EnumSet<TargetType> getTargetTypes() {
                return EnumSet.of(TargetType.SCRIPT);
            }

            @Override
            public ScriptTargetOutput getScriptTargetOutput() {
                return output;
            }
        };
    }
}
