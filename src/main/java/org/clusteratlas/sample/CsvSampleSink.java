package org.clusteratlas.sample;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a generated sample as the generic import CSV ({@code doc_id,kind,year,lat,lon,share,country,city,field}),
 * to benchmark and test the importer on realistic files. Shares are written only when {@code withShares}.
 */
public final class CsvSampleSink implements SampleSink, AutoCloseable {
    private final CSVPrinter out;
    private final boolean withShares;
    private String docId;
    private String kind;
    private int year;
    private String field;

    public CsvSampleSink(Writer writer, boolean withShares) throws IOException {
        this.withShares = withShares;
        String[] header = withShares
                ? new String[] {"doc_id", "kind", "year", "lat", "lon", "share", "country", "city", "field"}
                : new String[] {"doc_id", "kind", "year", "lat", "lon", "country", "city", "field"};
        this.out = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    @Override
    public void document(String sourceId, String kind, int year, String field, double unlocatedShare) {
        this.docId = sourceId;
        this.kind = kind;
        this.year = year;
        this.field = field;
    }

    @Override
    public void address(double lat, double lon, double share, String country, String city) throws IOException {
        out.print(docId);
        out.print(kind);
        out.print(year);
        out.print(lat);
        out.print(lon);
        if (withShares) {
            out.print(share);
        }
        out.print(country);
        out.print(city);
        out.print(field);
        out.println();
    }

    @Override
    public void close() throws IOException {
        out.close(true);
    }
}
