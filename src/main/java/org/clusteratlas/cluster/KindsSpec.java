package org.clusteratlas.cluster;

import org.clusteratlas.snapshot.DocumentKind;
import org.clusteratlas.snapshot.SnapshotContract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The document kinds that count, text {@code patent,publication} (or {@code all}). At least one kind: with
 * none nothing would count, so neither the text nor the window's check boxes can express it.
 */
public final class KindsSpec extends ParameterSpec<Set<DocumentKind>> {
    KindsSpec(String id, String label, String effect, String whyDefault,
              Function<ClusterParameters, Set<DocumentKind>> getter,
              BiFunction<ClusterParameters, Set<DocumentKind>, ClusterParameters> setter) {
        super(id, label, effect, whyDefault, getter, setter);
    }

    @Override
    public Set<DocumentKind> check(Set<DocumentKind> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw invalid("at least one kind (patent, publication) must count");
        }
        return EnumSet.copyOf(kinds);
    }

    @Override
    public boolean isEverything(Set<DocumentKind> kinds) {
        return kinds.size() == DocumentKind.values().length;
    }

    @Override
    public String format(Set<DocumentKind> kinds) {
        List<String> codes = new ArrayList<>();
        for (DocumentKind k : DocumentKind.values()) {
            if (kinds.contains(k)) {
                codes.add(k.code());
            }
        }
        return ListText.join(codes);
    }

    @Override
    public Set<DocumentKind> parse(String text) {
        if (ListText.isAll(text)) {
            return EnumSet.allOf(DocumentKind.class);
        }
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        for (String s : ListText.split(text)) {
            DocumentKind k = SnapshotContract.kind(s);
            if (k == null) {
                throw invalid(SnapshotContract.kindProblem(s));
            }
            kinds.add(k);
        }
        return check(kinds);
    }

    @Override
    public String paramLabel() {
        return "KIND,...";
    }

    @Override
    public String defaultText() {
        return "all";
    }
}
