package org.clusteratlas.cluster;

import java.util.Arrays;

/**
 * The neighbour lists of a {@link CellGrid}: for each cell, the other non-empty cells whose box comes within
 * the grid's largest eps of its own, those wholly within its smallest eps first ("full"). Both box tests are
 * symmetric, so each pair of cells is tested once, from the cell with the smaller key, and entered in both
 * lists: half the sweeps and box tests of asking every cell for all its neighbours, which was most of a
 * grid build's CPU (docs/adr/0172-grid-builds-in-spatial-order.md). The order inside a list carries no
 * meaning: every use of a list sums exact fixed-point weights or breaks ties by cluster id.
 */
final class NeighbourCells {
    private static final int CHUNK_CELLS = 2048;

    /**
     * Neighbours of cell c are cells[start[c] .. start[c+1]-1], the full ones up to fullEnd[c]. Inside each
     * part the later neighbours (larger key) come first: cells[start[c] .. laterFullEnd[c]-1] are the later
     * full ones, cells[fullEnd[c] .. laterEnd[c]-1] the later partial ones, so a pass that needs each pair
     * once reads only those.
     */
    final int[] start;
    final int[] fullEnd;
    final int[] laterFullEnd;
    final int[] laterEnd;
    final int[] cells;

    private NeighbourCells(int[] start, int[] fullEnd, int[] laterFullEnd, int[] laterEnd, int[] cells) {
        this.start = start;
        this.fullEnd = fullEnd;
        this.laterFullEnd = laterFullEnd;
        this.laterEnd = laterEnd;
        this.cells = cells;
    }

    /**
     * The lists for cells with these sorted keys ({@link CellGrid#BITS} bits per coordinate, every coordinate
     * at least {@code reach}) and tight boxes (6 per cell), within t2Max, full within t2Min; a location has
     * all locations within t2Max in cells at most {@code reach} cells away in every direction.
     */
    static NeighbourCells of(long[] keys, double[] box, double t2Min, double t2Max, int reach, Cancellation cancel) {
        int count = keys.length;
        int side = 2 * reach + 1;
        int columns = side * side;
        // columns (dx, dy) are numbered (dx + reach) * side + (dy + reach); those after (0, 0)'s hold larger keys
        int own = columns / 2;
        int chunks = (count + CHUNK_CELLS - 1) / CHUNK_CELLS;
        // 1. Per cell, its later neighbours (larger key), full first: the cells (cx+dx, cy+dy, cz-reach..cz+reach)
        //    of a column form one run of the sorted keys whose start only moves forward as c does, one merge sweep
        //    per column; in column (0, 0) only cz+1..cz+reach. Chunks of cells in parallel, each with its own
        //    pointers.
        int[][] later = new int[chunks][];
        int[] laterCount = new int[count];
        int[] laterFull = new int[count];
        BalancedChunks.forEach(chunks, ch -> {
            int from = ch * CHUNK_CELLS;
            int to = Math.min(count, from + CHUNK_CELLS);
            int[] ptr = new int[columns];
            for (int col = own; col < columns; col++) {
                int i = Arrays.binarySearch(keys, low(keys[from], col, own, side, reach));
                ptr[col] = i >= 0 ? i : -i - 1;
            }
            IntList list = new IntList((to - from) * 5);
            IntList partial = new IntList(64);
            for (int c = from; c < to; c++) {
                long k = keys[c];
                partial.clear();
                int before = list.size();
                for (int col = own; col < columns; col++) {
                    long lo = low(k, col, own, side, reach);
                    long hi = col == own ? lo + reach - 1 : lo + 2 * reach;
                    int j = ptr[col];
                    while (j < count && keys[j] < lo) {
                        j++;
                    }
                    ptr[col] = j;
                    for (int m = j; m < count && keys[m] <= hi; m++) {
                        if (boxesWithin(box, c, m, t2Max)) {
                            if (boxesWhollyWithin(box, c, m, t2Min)) {
                                list.add(m);
                            } else {
                                partial.add(m);
                            }
                        }
                    }
                }
                laterFull[c] = list.size() - before;
                for (int j = 0; j < partial.size(); j++) {
                    list.add(partial.get(j));
                }
                laterCount[c] = list.size() - before;
                if ((c & 1023) == 0) {
                    cancel.check();
                }
            }
            later[ch] = list.toArray();
        });
        // 2. Each later neighbour m of c has c as an earlier neighbour: count them per cell.
        int[] earlierFull = new int[count];
        int[] earlierCount = new int[count];
        for (int ch = 0; ch < chunks; ch++) {
            int[] list = later[ch];
            int at = 0;
            for (int c = ch * CHUNK_CELLS, to = Math.min(count, c + CHUNK_CELLS); c < to; c++) {
                for (int j = 0; j < laterCount[c]; j++) {
                    int m = list[at++];
                    earlierCount[m]++;
                    if (j < laterFull[c]) {
                        earlierFull[m]++;
                    }
                }
            }
        }
        int[] start = new int[count + 1];
        int[] fullEnd = new int[count];
        int[] laterFullEnd = new int[count];
        int[] laterEnd = new int[count];
        for (int c = 0; c < count; c++) {
            start[c + 1] = start[c] + laterCount[c] + earlierCount[c];
            fullEnd[c] = start[c] + laterFull[c] + earlierFull[c];
            laterFullEnd[c] = start[c] + laterFull[c];
            laterEnd[c] = fullEnd[c] + laterCount[c] - laterFull[c];
        }
        cancel.check();
        // 3. Fill: the full ones from start, the others from fullEnd; later neighbours in parallel (each cell's
        //    own), then the earlier ones after them.
        int[] cells = new int[start[count]];
        int[] fullAt = new int[count];
        int[] partialAt = new int[count];
        BalancedChunks.forEach(chunks, ch -> {
            int[] list = later[ch];
            int at = 0;
            for (int c = ch * CHUNK_CELLS, to = Math.min(count, c + CHUNK_CELLS); c < to; c++) {
                int f = laterFull[c];
                System.arraycopy(list, at, cells, start[c], f);
                System.arraycopy(list, at + f, cells, fullEnd[c], laterCount[c] - f);
                at += laterCount[c];
                fullAt[c] = start[c] + f;
                partialAt[c] = fullEnd[c] + laterCount[c] - f;
            }
        });
        for (int ch = 0; ch < chunks; ch++) {
            int[] list = later[ch];
            int at = 0;
            for (int c = ch * CHUNK_CELLS, to = Math.min(count, c + CHUNK_CELLS); c < to; c++) {
                for (int j = 0; j < laterCount[c]; j++) {
                    int m = list[at++];
                    if (j < laterFull[c]) {
                        cells[fullAt[m]++] = c;
                    } else {
                        cells[partialAt[m]++] = c;
                    }
                }
            }
        }
        return new NeighbourCells(start, fullEnd, laterFullEnd, laterEnd, cells);
    }

    /**
     * The smallest key of column col's run for the cell with key k: (cx+dx, cy+dy, cz-reach), or in column
     * (0, 0) (number {@code own}) the cell just after k itself.
     */
    private static long low(long k, int col, int own, int side, int reach) {
        if (col == own) {
            return k + 1;
        }
        return k + ((long) (col / side - reach) << (2 * CellGrid.BITS)) + ((long) (col % side - reach) << CellGrid.BITS)
                - reach;
    }

    /** Whether every location of cell c is within t2 of every location of cell d (symmetric). */
    private static boolean boxesWhollyWithin(double[] box, int c, int d, double t2) {
        return ChordMetric.within(LocationBoxes.maxSquared(box, 6 * c, box, 6 * d), t2);
    }

    /** Whether some location of cell c may be within t2 of some location of cell d (symmetric). */
    private static boolean boxesWithin(double[] box, int c, int d, double t2) {
        return ChordMetric.within(LocationBoxes.minSquared(box, 6 * c, box, 6 * d), t2);
    }
}
