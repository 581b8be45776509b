package org.clusteratlas.sample;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws an item index with probability proportional to its weight (cumulative sums, binary search). */
final class WeightedChoice {
    private final int[] items;
    private final double[] cumulative;

    WeightedChoice(int[] items, double[] weights) {
        this.items = items;
        this.cumulative = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i];
            cumulative[i] = s;
        }
    }

    /** Choice among 0..weights.length-1. */
    static WeightedChoice of(double[] weights) {
        int[] items = new int[weights.length];
        Arrays.setAll(items, i -> i);
        return new WeightedChoice(items, weights);
    }

    boolean isEmpty() {
        return items.length == 0 || cumulative[cumulative.length - 1] <= 0;
    }

    double total() {
        return cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
    }

    int next(SplittableRandom rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        if (i < 0) {
            i = -i - 1;
        }
        return items[Math.min(i, items.length - 1)];
    }
}
