package org.clusteratlas.snapshot.patentsview;

import org.clusteratlas.snapshot.source.DelimitedTable.Layout;

import java.util.List;

/**
 * The two layouts PatentsView has published its bulk tables in, each table recognised by its header: the
 * current {@code g_} tables (2022 on: g_patent, g_inventor_disambiguated, g_location_disambiguated,
 * g_cpc_current) and the earlier ones (patent, rawinventor, rawlocation, location, cpc_current), where an
 * inventor names a raw location, which names the geocoded location. Column names of each table live here
 * and nowhere else (the rules, {@link PatentRule} and the others, read them from here; the desktop importer
 * and the Spark builder both open tables with these layouts).
 */
public final class PatentsViewTables {
    public static final Layout PATENTS = new Layout("g_patent.tsv (2022 on)", List.of("patent_id", "patent_date"));
    public static final Layout PATENTS_LEGACY = new Layout("patent.tsv (before 2022)", List.of("id", "date"));
    public static final Layout INVENTORS = new Layout("g_inventor_disambiguated.tsv (2022 on)",
            List.of("patent_id", "location_id"));
    public static final Layout INVENTORS_LEGACY = new Layout("rawinventor.tsv (before 2022, with --raw-locations)",
            List.of("patent_id", "rawlocation_id"));
    public static final Layout RAW_LOCATIONS = new Layout("rawlocation.tsv (before 2022)", List.of("id", "location_id"));
    public static final Layout LOCATIONS = new Layout("g_location_disambiguated.tsv (2022 on)",
            List.of("location_id", "latitude", "longitude"));
    public static final Layout LOCATIONS_LEGACY = new Layout("location.tsv (before 2022)",
            List.of("id", "latitude", "longitude"));
    public static final Layout CPC = new Layout("g_cpc_current.tsv (2022 on)",
            List.of("patent_id", "cpc_sequence", "cpc_subclass"));
    public static final Layout CPC_LEGACY = new Layout("cpc_current.tsv (before 2022)",
            List.of("patent_id", "sequence", "group_id"));

    private PatentsViewTables() {
    }

    /** Column names of the patents table in the layout its header matched. */
    record PatentColumns(String id, String date) {
        static PatentColumns of(Layout l) {
            return l == PATENTS_LEGACY ? new PatentColumns("id", "date") : new PatentColumns("patent_id", "patent_date");
        }
    }

    /** Column names of the locations table: id, coordinates, and the country and city kept with them. */
    record LocationColumns(String id, String country, String city) {
        static LocationColumns of(Layout l) {
            return l == LOCATIONS_LEGACY ? new LocationColumns("id", "country", "city")
                    : new LocationColumns("location_id", "disambig_country", "disambig_city");
        }
    }

    /** Column names of the CPC table: sequence, subclass ("H04L") and group ("H04L63/0428"). */
    record CpcColumns(String sequence, String subclass, String group) {
        static CpcColumns of(Layout l) {
            return l == CPC_LEGACY ? new CpcColumns("sequence", "group_id", "subgroup_id")
                    : new CpcColumns("cpc_sequence", "cpc_subclass", "cpc_group");
        }
    }
}
