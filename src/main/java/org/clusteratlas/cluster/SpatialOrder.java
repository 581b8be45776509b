package org.clusteratlas.cluster;

import java.util.Arrays;

/**
 * The locations in the Morton (Z) order of their unit vectors, with the vectors copied into that order: the
 * grid of every eps reads the locations in this order, so locations read one after the other lie near each
 * other, hence mostly in one cell and in cache. Made once per engine; without it each grid build read the
 * vectors in table order, one cache miss per read, three times per location (measured at 60M addresses:
 * about half of a build's CPU; see docs/adr/0172-grid-builds-in-spatial-order.md). Only the speed depends
 * on this order: a grid's cells, and therefore every result, do not.
 */
final class SpatialOrder {
    /** Position in this order to table index. */
    final int[] index;
    final double[] x;
    final double[] y;
    final double[] z;

    SpatialOrder(double[] ux, double[] uy, double[] uz) {
        int n = ux.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        int bits = Math.min(21, (63 - indexBits) / 3);
        double scale = (1 << bits) / 2.0 * (1 - 1e-12);
        long[] code = new long[n];
        for (int i = 0; i < n; i++) {
            long m = interleave(cell(ux[i], scale, bits), cell(uy[i], scale, bits), cell(uz[i], scale, bits), bits);
            code[i] = (m << indexBits) | i;
        }
        Arrays.parallelSort(code);
        long indexMask = (1L << indexBits) - 1;
        index = new int[n];
        x = new double[n];
        y = new double[n];
        z = new double[n];
        for (int j = 0; j < n; j++) {
            int i = (int) (code[j] & indexMask);
            index[j] = i;
            x[j] = ux[i];
            y[j] = uy[i];
            z[j] = uz[i];
        }
    }

    /** Values given per table index, in this order. */
    long[] inOrder(long[] byTableIndex) {
        long[] out = new long[index.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = byTableIndex[index[j]];
        }
        return out;
    }

    private static int cell(double v, double scale, int bits) {
        return Math.max(0, Math.min((1 << bits) - 1, (int) ((v + 1.0) * scale)));
    }

    private static long interleave(int a, int b, int c, int bits) {
        long m = 0;
        for (int bit = bits - 1; bit >= 0; bit--) {
            m = (m << 3) | (((a >> bit) & 1L) << 2) | (((b >> bit) & 1L) << 1) | ((c >> bit) & 1L);
        }
        return m;
    }
}
