import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the CPU samples (jdk.ExecutionSample, Java threads only; JIT and GC threads are not
 * sampled) of JFR recordings of mvn runs into coarse buckets. A sample counts in the first bucket
 * whose marker appears anywhere in its stack.
 *
 * Usage: java Profile.java RUN.jfr...
 */
public class Profile {
    static final String[][] BUCKETS = {
            {"XSD grammar load, once per changelog file", "XMLSchemaLoader", "XSDHandler"},
            {"XML parse (rest of it)", "XMLChangeLogSAXParser.parse", "AbstractChangeLogParser.parse", "XMLChangeLogSAXHandler"},
            {"checksum compute/compare", "generateCheckSum", "isCheckSumValid", "CheckSum."},
            {"changeSet execute (SQL generation + JDBC)", "ChangeSet.execute"},
            {"history row insert", "setExecType", "MarkChangeSetRan"},
            {"history read / lock", "AppliedHistory", "MigrationLock", "getRanChangeSets", "LockService"},
            {"liquibase changelog validation visitor", "ValidatingVisitor", "DatabaseChangeLog.validate"},
            {"wataomi revision scan", "RevisionFiles"},
            {"other Liquibase (scope, services, db detection)", "liquibase."},
            {"other wataomi", "io.wataomi"},
            {"Maven core, plugin resolution, class loading", ""},
    };

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String[] b : BUCKETS) {
                counts.put(b[0], 0);
            }
            int total = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(file))) {
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                StringBuilder stack = new StringBuilder();
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                for (RecordedFrame f : frames) {
                    stack.append(f.getMethod().getType().getName()).append('.').append(f.getMethod().getName()).append('\n');
                }
                total++;
                for (String[] b : BUCKETS) {
                    boolean hit = false;
                    for (int i = 1; i < b.length && !hit; i++) {
                        hit = stack.indexOf(b[i]) >= 0;
                    }
                    if (hit) {
                        counts.merge(b[0], 1, Integer::sum);
                        break;
                    }
                }
            }
            System.out.printf("%s: %d CPU samples (Java threads)%n", Path.of(file).getFileName(), total);
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                if (c.getValue() > 0) {
                    System.out.printf("  %5.1f%%  %s%n", 100.0 * c.getValue() / total, c.getKey());
                }
            }
        }
    }
}
