package org.clusteratlas.profile;

import java.util.Arrays;
import java.util.List;

/**
 * The order in which a cluster's organisations are listed: largest fractional count first, ties by name
 * ({@link String#compareTo}). The one definition of this order. Each organisation's place in name order is
 * worked out once per snapshot, so that sorting a cluster's organisations is one sort of primitive keys (the
 * count's rank among the cluster's counts, then the name's rank) with no object per comparison. Two
 * organisations of one name and one count give equal entries, so where they fall between them changes nothing.
 */
final class OrganizationOrder {
    /** Each organisation's position in name order (distinct even for equal names). */
    private final int[] nameRank;
    /** The organisation at each position of name order. */
    private final int[] byName;

    OrganizationOrder(List<String> names) {
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> names.get(a).compareTo(names.get(b)));
        nameRank = new int[order.length];
        byName = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            byName[i] = order[i];
            nameRank[order[i]] = i;
        }
    }

    /**
     * Sorts the entries {@code from..to-1} of {@code org} (organisation indices) and {@code count} (their
     * counts) together into this order.
     */
    void sort(int[] org, double[] count, int from, int to) {
        int n = to - from;
        double[] distinct = Arrays.copyOfRange(count, from, to);
        Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d == 0 || Double.compare(distinct[i], distinct[d - 1]) != 0) {
                distinct[d++] = distinct[i];
            }
        }
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            int largerFirst = d - 1 - Arrays.binarySearch(distinct, 0, d, count[from + i]);
            key[i] = ((long) largerFirst << 32) | nameRank[org[from + i]];
        }
        Arrays.sort(key);
        for (int i = 0; i < n; i++) {
            org[from + i] = byName[(int) key[i]];
            count[from + i] = distinct[d - 1 - (int) (key[i] >>> 32)];
        }
    }
}
