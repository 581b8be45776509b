package org.clusteratlas.sample;

import java.util.List;

/**
 * Field names the sample uses: WIPO's 35 technology fields (IPC-technology concordance, Schmoch 2008) for
 * patents and broad science fields for publications, each with a rough share of world output so that the
 * sample's field filter behaves like real data.
 */
public final class ResearchFields {
    /** The 35 WIPO technology fields, in WIPO's order. */
    public static final List<String> WIPO_TECHNOLOGY_FIELDS = List.of(
            "Electrical machinery, apparatus, energy", "Audio-visual technology", "Telecommunications",
            "Digital communication", "Basic communication processes", "Computer technology",
            "IT methods for management", "Semiconductors", "Optics", "Measurement",
            "Analysis of biological materials", "Control", "Medical technology", "Organic fine chemistry",
            "Biotechnology", "Pharmaceuticals", "Macromolecular chemistry, polymers", "Food chemistry",
            "Basic materials chemistry", "Materials, metallurgy", "Surface technology, coating",
            "Micro-structural and nano-technology", "Chemical engineering", "Environmental technology",
            "Handling", "Machine tools", "Engines, pumps, turbines", "Textile and paper machines",
            "Other special machines", "Thermal processes and apparatus", "Mechanical elements", "Transport",
            "Furniture, games", "Other consumer goods", "Civil engineering");

    /** Approximate shares (percent) of PCT applications per WIPO field, same order. */
    static final double[] WIPO_FIELD_WEIGHTS = {
        7.3, 2.8, 2.4, 8.5, 0.6, 9.9, 2.6, 3.0, 2.2, 4.6,
        0.8, 2.0, 6.9, 3.2, 4.0, 4.5, 1.6, 1.0, 2.5, 1.5,
        1.3, 0.2, 2.1, 1.2, 2.3, 1.6, 1.7, 0.9, 2.6, 1.5,
        2.0, 3.5, 2.0, 1.7, 2.4};

    /** Broad science fields for publications. */
    public static final List<String> SCIENCE_FIELDS = List.of(
            "Physical sciences", "Life sciences", "Health sciences", "Engineering",
            "Computer and information sciences", "Agricultural sciences", "Social sciences", "Humanities");

    static final double[] SCIENCE_FIELD_WEIGHTS = {15, 16, 25, 18, 9, 5, 9, 3};

    private ResearchFields() {
    }
}
