package org.clusteratlas.snapshot.source;

/**
 * A {@link DocumentImport} for a named public data set, whose source name and licence are fixed strings: each
 * importer states them once, in its constructor, instead of restating the same two accessors.
 */
public abstract class FixedSourceImport implements DocumentImport {
    private final String sourceName;
    private final String licence;

    protected FixedSourceImport(String sourceName, String licence) {
        this.sourceName = sourceName;
        this.licence = licence;
    }

    @Override
    public final String sourceName() {
        return sourceName;
    }

    @Override
    public final String licence() {
        return licence;
    }
}
