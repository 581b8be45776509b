package org.clusteratlas.snapshot.source;

import java.io.Serializable;

/**
 * What an importer rule made of one row: a value to keep, a bad line (the reason, for {@link BadLines}),
 * or a row passed over for a stated reason (the report's label, counted). The rules return it instead of
 * acting, so the desktop importer and the Spark builder's executors apply the same decision.
 *
 * @param value     the row's value when kept, else null
 * @param problem   why the row is a bad line, else null
 * @param passedOver the report label of a row passed over on purpose, else null
 */
public record RowOutcome<T>(T value, String problem, String passedOver) implements Serializable {
    public static <T> RowOutcome<T> keep(T value) {
        return new RowOutcome<>(value, null, null);
    }

    public static <T> RowOutcome<T> bad(String problem) {
        return new RowOutcome<>(null, problem, null);
    }

    public static <T> RowOutcome<T> passOver(String label) {
        return new RowOutcome<>(null, null, label);
    }

    public boolean kept() {
        return value != null;
    }
}
