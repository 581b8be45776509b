package org.clusteratlas.snapshot;

import java.util.Locale;

/** The two kinds of document the GII counts; the code is what the snapshot stores in {@code documents.kind}. */
public enum DocumentKind {
    PATENT("patent"),
    PUBLICATION("publication");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses a stored or user-given code ("patent", "publication"); null when unknown. */
    public static DocumentKind fromCode(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (DocumentKind k : values()) {
            if (k.code.equals(t)) {
                return k;
            }
        }
        return null;
    }
}
