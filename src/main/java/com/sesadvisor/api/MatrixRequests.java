package com.sesadvisor.api;

import com.sesadvisor.engine.ahp.InvalidMatrixException;
import com.sesadvisor.engine.ahp.PairwiseMatrix;
import java.util.List;

/** Turns JSON matrices into validated engine matrices, naming the cell when something is off. */
final class MatrixRequests {

    private MatrixRequests() {
    }

    static PairwiseMatrix complete(List<List<Double>> rows) {
        if (rows == null) {
            throw InvalidMatrixException.wholeMatrix("The matrix is missing.");
        }
        double[][] m = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            List<Double> row = rows.get(i);
            if (row == null) {
                throw new InvalidMatrixException("Row " + i + " is missing.", i, -1);
            }
            m[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                Double v = row.get(j);
                if (v == null) {
                    throw new InvalidMatrixException("Cell (" + i + "," + j + ") is missing; incomplete matrices are "
                            + "not supported by this endpoint yet.", i, j);
                }
                m[i][j] = v;
            }
        }
        return PairwiseMatrix.of(m);
    }
}
