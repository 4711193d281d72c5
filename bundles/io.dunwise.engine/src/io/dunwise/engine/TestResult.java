package io.dunwise.engine;

import io.dunwise.model.Expectation;
import io.dunwise.model.TestCase;
import java.util.List;

/**
 * The result of a strategy file's test block (R32).
 *
 * @param failures one per expectation not met
 */
public record TestResult(TestCase test, int expectations, List<Failure> failures) {

    public TestResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** An expectation and what happened instead. */
    public record Failure(Expectation expectation, String message) {
    }
}
