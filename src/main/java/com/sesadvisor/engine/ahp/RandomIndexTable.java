package com.sesadvisor.engine.ahp;

/**
 * Random consistency indices RI(n): the mean CI of random reciprocal matrices of size n. Which table was used is
 * part of every result, because CR values from different tables are not comparable.
 */
public enum RandomIndexTable {
    /** Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill: n = 3..10. */
    SAATY_1980(new double[] {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49}),
    /** Chi et al. (2025), Table 3-3: n = 2..10. */
    PAPER_2025(new double[] {0, 0, 0.00, 0.58, 0.91, 1.12, 1.24, 1.35, 1.42, 1.45, 1.49}),
    /** Alonso and Lamata (2006), IJUFKS 14(4): RI(n) = (1.7699 n - 4.3513) / (n - 1), any n. */
    ALONSO_LAMATA(null);

    private final double[] byN;

    RandomIndexTable(double[] byN) {
        this.byN = byN;
    }

    /** The largest n the table covers; beyond it {@link #effectiveFor(int)} switches to Alonso-Lamata. */
    public int maxTabulatedSize() {
        return byN == null ? Integer.MAX_VALUE : byN.length - 1;
    }

    /** The table actually used for a matrix of size n (tables stop at 10; larger matrices use Alonso-Lamata). */
    public RandomIndexTable effectiveFor(int n) {
        return n > maxTabulatedSize() ? ALONSO_LAMATA : this;
    }

    /** RI(n); 0 for n <= 2, where every reciprocal matrix is consistent. */
    public double randomIndex(int n) {
        if (n <= 2) {
            return 0.0;
        }
        RandomIndexTable table = effectiveFor(n);
        if (table == ALONSO_LAMATA) {
            return (1.7699 * n - 4.3513) / (n - 1);
        }
        return table.byN[n];
    }
}
