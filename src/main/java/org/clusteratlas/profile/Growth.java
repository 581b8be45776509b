package org.clusteratlas.profile;

/**
 * Average annual growth rate of a yearly series, as WIPO reports cluster growth: {@code exp(b) - 1}, where
 * {@code b} is the least-squares slope of {@code ln(count)} on the year, over the years with a positive count
 * (a year with nothing has no logarithm; leaving it out is what "counting only years with output" means).
 */
public final class Growth {
    private Growth() {
    }

    /**
     * @param firstYear the year of {@code counts[0]}; {@code counts[i]} is year {@code firstYear + i}
     * @return the rate (0.1 for +10% a year), or NaN when fewer than two years have a positive count
     */
    public static double rate(int firstYear, double[] counts) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                n++;
                sx += i;
                sy += Math.log(counts[i]);
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                double dx = i - mx;
                sxy += dx * (Math.log(counts[i]) - my);
                sxx += dx * dx;
            }
        }
        return Math.expm1(sxy / sxx);
    }
}
