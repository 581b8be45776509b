package org.clusteratlas.snapshot;

/**
 * Filtered activity per unique location, the input of clustering, plus the filtered totals of the whole
 * snapshot (unlocated shares and noise included) that ranking shares are taken over.
 * Arrays are indexed like the {@link LocationTable}'s locations; treat them as read-only.
 */
public record LocationWeights(WeightFilter filter, double[] patents, double[] publications,
                              double totalPatents, double totalPublications) {

    public int size() {
        return patents.length;
    }

    public double weight(DocumentKind kind, int location) {
        return kind == DocumentKind.PATENT ? patents[location] : publications[location];
    }

    public double total(DocumentKind kind) {
        return kind == DocumentKind.PATENT ? totalPatents : totalPublications;
    }
}
