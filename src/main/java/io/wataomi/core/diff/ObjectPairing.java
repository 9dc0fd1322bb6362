package io.wataomi.core.diff;

import io.wataomi.core.diff.PhasedOperations.Phase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pairs the named objects of one kind (indexes, constraints) of two tables: by name, then leftovers by shape. A wanted
 * object whose name the mapping states and that only changed its name becomes a rename instead of a drop and an add;
 * one whose name is made up ({@link io.wataomi.core.model.NameOrigin}) is the live object of the same shape, whatever
 * that one is called, and nothing is done.
 */
final class ObjectPairing<T> {
    private final Function<T, String> name;
    private final Function<T, Object> shape;
    private final Predicate<T> implicitName;
    private Predicate<T> rebuild = t -> false;

    ObjectPairing(Function<T, String> name, Function<T, Object> shape, Predicate<T> implicitName) {
        this.name = name;
        this.shape = shape;
        this.implicitName = implicitName;
    }

    ObjectPairing<T> forceRebuild(Predicate<T> predicate) {
        this.rebuild = predicate;
        return this;
    }

    void run(List<T> current, List<T> wanted, PhasedOperations ops, Phase dropPhase, Phase addPhase,
             Function<T, Operation> drop, Function<T, Operation> add, BiFunction<T, T, Operation> rename) {
        Map<String, T> left = new LinkedHashMap<>();
        current.forEach(t -> left.put(name.apply(t), t));
        List<T> unmatched = new ArrayList<>();
        for (T w : wanted) {
            T c = left.get(name.apply(w));
            if (c != null && Objects.equals(shape.apply(c), shape.apply(w)) && !rebuild.test(c)) {
                left.remove(name.apply(w));
            } else {
                unmatched.add(w);
            }
        }
        for (T w : unmatched) {
            T same = left.values().stream().filter(c -> !rebuild.test(c) && !name.apply(c).equals(name.apply(w))
                    && Objects.equals(shape.apply(c), shape.apply(w))).findFirst().orElse(null);
            if (same == null) {
                ops.add(addPhase, add.apply(w));
                continue;
            }
            left.remove(name.apply(same));
            if (!implicitName.test(w)) {
                ops.add(Phase.RENAME, rename.apply(same, w));
            }
        }
        left.values().forEach(c -> ops.add(dropPhase, drop.apply(c)));
    }
}
