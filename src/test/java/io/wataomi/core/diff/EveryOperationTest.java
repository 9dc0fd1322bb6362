package io.wataomi.core.diff;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fixture stays complete: a new operation without a case fails here, not silently in the tests that use it. */
class EveryOperationTest {
    @Test
    void thereIsExactlyOneCaseForEveryPermittedSubclassOfOperation() {
        Set<String> permitted = new TreeSet<>(Arrays.stream(Operation.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
        List<String> covered = EveryOperation.operations().stream().map(op -> op.getClass().getSimpleName()).toList();
        assertEquals(permitted, new TreeSet<>(covered), "add a case to EveryOperation for each new operation");
        assertEquals(permitted.size(), covered.size(), "one case per operation: " + covered);
    }
}
