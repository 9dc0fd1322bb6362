package io.wataomi.core.autogen;

import io.wataomi.core.autogen.EntityModelGenerator.Edit;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The random walks behind the property test: reproducible, and covering every kind of edit with the fixed seeds. */
class EntityModelGeneratorTest {
    @Test
    void theFixedSeedsMakeEveryKindOfEdit() {
        Set<String> made = new TreeSet<>();
        Arrays.stream(RandomEditsPropertyTest.SEEDS)
                .forEach(seed -> made.addAll(EntityModelGenerator.walkKinds(seed, RandomEditsPropertyTest.STEPS)));
        assertEquals(new TreeSet<>(EntityModelGenerator.KINDS), made);
    }

    @Test
    void aSeedAlwaysGivesTheSameSources() {
        assertEquals(sources(23), sources(23));
    }

    private static String sources(long seed) {
        EntityModelGenerator g = new EntityModelGenerator(seed);
        Edit e = g.initial();
        for (int i = 0; i < RandomEditsPropertyTest.STEPS; i++) {
            e = g.step(e.after());
        }
        return e.description() + EntityModelSources.render(e.after(), "gen.same");
    }
}
