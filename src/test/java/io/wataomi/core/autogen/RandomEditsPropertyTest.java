package io.wataomi.core.autogen;

import io.wataomi.core.render.Format;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.LongStream;

/**
 * Issue 3 item 7, property-tested: for random walks of entity edits (columns, types, nullability, indexes, unique
 * constraints, foreign keys, tables), each step's {@code create} + {@code upgrade} passes {@code check} and
 * Hibernate's own schema validation with nothing left to detect, and each {@code downgrade -1} restores the catalog
 * of the step before, down to base. {@code -Dwataomi.propertySeeds=N} walks N seeds, {@code -Dwataomi.propertySeed=S}
 * only seed S, {@code -Dwataomi.propertySteps=K} K edits per walk.
 */
@Tag("slow")
@Tag("slow")
class RandomEditsPropertyTest {
    static final String SEED_PROPERTY = "wataomi.propertySeed";
    /** Chosen so that together they make every kind of edit at least twice, in each of the three formats. */
    static final long[] SEEDS = {3, 23, 37};
    static final int STEPS = 8;

    static LongStream seeds() {
        Long only = Long.getLong(SEED_PROPERTY);
        if (only != null) {
            return LongStream.of(only);
        }
        int count = Integer.getInteger("wataomi.propertySeeds", SEEDS.length);
        return count <= SEEDS.length ? LongStream.of(SEEDS).limit(count) : LongStream.rangeClosed(1, count);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyRandomEditAppliesValidatesAndRollsBackToThePreviousCatalog(long seed) {
        EditWalk walk = new EditWalk(seed, Format.values()[(int) Math.floorMod(seed, Format.values().length)]);
        walk.forward(Integer.getInteger("wataomi.propertySteps", STEPS));
        walk.reorderedSourcesChangeNothing();
        walk.backward();
        System.out.println("RandomEditsPropertyTest " + walk.summary());
    }
}
