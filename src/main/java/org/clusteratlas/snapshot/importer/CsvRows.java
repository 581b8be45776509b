package org.clusteratlas.snapshot.importer;

import java.util.Arrays;

/**
 * The good rows of a CSV file in primitive arrays (about 36 bytes a row, no object per row), plus what
 * each document needs once all its rows, wherever they are in the file, have been seen.
 */
final class CsvRows {
    int rows;
    int[] doc = new int[1 << 14];
    double[] lat = new double[1 << 14];
    double[] lon = new double[1 << 14];
    double[] share = new double[1 << 14];
    int[] country = new int[1 << 14];
    int[] city = new int[1 << 14];
    int[] organization = new int[1 << 14];

    int docs;
    byte[] docKind = new byte[1 << 12];
    short[] docYear = new short[1 << 12];
    int[] docField = new int[1 << 12];
    int[] docRows = new int[1 << 12];
    double[] docShare = new double[1 << 12];

    void addRow(int d, double la, double lo, double s, int c, int ci, int o) {
        if (rows == doc.length) {
            int cap = rows + (rows >> 1); // 1.5x: less slack than doubling at 10M rows
            doc = Arrays.copyOf(doc, cap);
            lat = Arrays.copyOf(lat, cap);
            lon = Arrays.copyOf(lon, cap);
            share = Arrays.copyOf(share, cap);
            country = Arrays.copyOf(country, cap);
            city = Arrays.copyOf(city, cap);
            organization = Arrays.copyOf(organization, cap);
        }
        doc[rows] = d;
        lat[rows] = la;
        lon[rows] = lo;
        share[rows] = s;
        country[rows] = c;
        city[rows] = ci;
        organization[rows] = o;
        rows++;
        docRows[d]++;
        docShare[d] += s;
    }

    int addDocument(byte kind, short year, int field) {
        if (docs == docKind.length) {
            int cap = docs + (docs >> 1);
            docKind = Arrays.copyOf(docKind, cap);
            docYear = Arrays.copyOf(docYear, cap);
            docField = Arrays.copyOf(docField, cap);
            docRows = Arrays.copyOf(docRows, cap);
            docShare = Arrays.copyOf(docShare, cap);
        }
        docKind[docs] = kind;
        docYear[docs] = year;
        docField[docs] = field;
        return docs++;
    }
}
