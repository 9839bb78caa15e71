package com.sesadvisor.api;

import com.sesadvisor.engine.mcda.Direction;
import com.sesadvisor.engine.text.Text;
import com.sesadvisor.engine.topsis.Normalization;
import com.sesadvisor.engine.topsis.Topsis;
import com.sesadvisor.engine.topsis.TopsisResult;
import com.sesadvisor.engine.weighting.CombinationMethod;
import com.sesadvisor.engine.weighting.CombinedWeights;
import com.sesadvisor.engine.weighting.EntropyWeighting;
import com.sesadvisor.engine.weighting.EntropyWeights;
import com.sesadvisor.engine.weighting.WeightCombiner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Entropy weights, combined weights and TOPSIS (shared/spec/api.md, decision-methods.md). */
@RestController
@RequestMapping("/api")
@Tag(name = "Weights and TOPSIS", description = "Objective (entropy) weights, combined weights and TOPSIS ranking")
class DecisionController {

    record EntropyRequest(@Schema(description = "Decision matrix, rows = alternatives, columns = criteria, finite",
            example = "[[14.15, 15.10, 11.5], [14.145, 14.325, 6.7], [14.97, 15.68, 9.4]]") List<List<Double>> matrix) {
    }

    record EntropyResponse(double[] weights, double[] entropy, double[] divergence, List<Integer> constantColumns,
                           List<Integer> minMaxNormalizedColumns, boolean degenerate, List<String> notes) {
    }

    record CombinedRequest(
            @Schema(description = "Subjective (e.g. AHP) weights, >= 0, not all 0; normalised to sum 1")
            List<Double> subjective,
            @Schema(description = "Objective (e.g. entropy) weights, same length") List<Double> objective,
            @Schema(description = "LINEAR (default): w = alpha ws + (1 - alpha) wo; MULTIPLICATIVE: ws wo / sum")
            String method,
            @Schema(description = "Share of the subjective weights in LINEAR, [0, 1], default 0.5") Double alpha) {
    }

    record CombinedResponse(double[] weights, double[] subjective, double[] objective, String method, double alpha) {
    }

    record TopsisRequest(
            @Schema(description = "Decision matrix, rows = alternatives (>= 2), columns = criteria")
            List<List<Double>> matrix,
            @Schema(description = "One weight per criterion, >= 0, not all 0") List<Double> weights,
            @Schema(description = "BENEFIT or COST per criterion", example = "[\"BENEFIT\", \"COST\"]")
            List<String> directions,
            @Schema(description = "VECTOR (default) or MIN_MAX") String normalization) {
    }

    record TopsisResponse(double[] closeness, int[] ranks, double[] distanceToIdeal, double[] distanceToAntiIdeal,
                          double[] ideal, double[] antiIdeal, double[][] normalized, double[][] weighted,
                          double[] weights, String normalization, List<String> notes) {
    }

    @PostMapping("/weights/entropy")
    @Operation(summary = "Entropy (objective) weights of a decision matrix",
            description = "Shannon entropy per column. A column with negative values is min-max normalised first; a "
                    + "constant column gets weight 0; if every column is constant the weights are uniform (notes say "
                    + "which policy applied).")
    EntropyResponse entropy(@RequestBody EntropyRequest request) {
        EntropyWeights w = EntropyWeighting.compute(ApiInputs.matrix(request.matrix(), "matrix"));
        return new EntropyResponse(w.weights(), w.entropy(), w.divergence(), w.constantColumns(),
                w.minMaxNormalizedColumns(), w.degenerate(), w.notes().stream().map(Text::english).toList());
    }

    @PostMapping("/weights/combined")
    @Operation(summary = "Combine subjective and objective weights (linear or multiplicative)")
    CombinedResponse combined(@RequestBody CombinedRequest request) {
        CombinationMethod method = ApiInputs.option(request.method(), CombinationMethod.class,
                CombinationMethod.LINEAR, "method");
        double alpha = request.alpha() == null ? WeightCombiner.DEFAULT_ALPHA : request.alpha();
        CombinedWeights c = WeightCombiner.combine(ApiInputs.vector(request.subjective(), "subjective"),
                ApiInputs.vector(request.objective(), "objective"), method, alpha);
        return new CombinedResponse(c.weights(), c.subjective(), c.objective(), c.method().name(), c.alpha());
    }

    @PostMapping("/topsis")
    @Operation(summary = "TOPSIS closeness and ranks (1 = best, per input row)",
            description = "Vector (or min-max) normalisation, weighting, ideal = best value per column by direction, "
                    + "Euclidean distances, closeness C = S- / (S+ + S-).")
    TopsisResponse topsis(@RequestBody TopsisRequest request) {
        double[][] m = ApiInputs.matrix(request.matrix(), "matrix");
        double[] w = ApiInputs.vector(request.weights(), "weights");
        List<String> raw = ApiInputs.required(request.directions(), "directions");
        List<Direction> directions = new ArrayList<>();
        for (int j = 0; j < raw.size(); j++) {
            directions.add(Direction.parse(raw.get(j), "directions[" + j + "]"));
        }
        Normalization normalization = ApiInputs.option(request.normalization(), Normalization.class,
                Normalization.VECTOR, "normalization");
        TopsisResult t = Topsis.evaluate(m, w, directions, normalization);
        return new TopsisResponse(t.closeness(), t.ranks(), t.distanceToIdeal(), t.distanceToAntiIdeal(), t.ideal(),
                t.antiIdeal(), t.normalized(), t.weighted(), t.weights(), normalization.name(),
                t.findings().stream().map(Text::english).toList());
    }
}
