package com.sesadvisor.analysis.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.engine.finance.AssumptionField;
import com.sesadvisor.engine.finance.CashFlowView;
import com.sesadvisor.engine.finance.InvestmentModel;
import com.sesadvisor.engine.finance.ProfitMechanism;
import com.sesadvisor.testsupport.OnPostgres;
import com.sesadvisor.workshop.WorkshopService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Saved scenarios on PostgreSQL (the V75 table and its case-insensitive unique names): save, load, rename,
 * overwrite, delete, stale copies refused, names per owner, workshop scenarios by the workshop's roles, and the
 * comparison of two scenarios' inputs and outputs.
 */
@SpringBootTest
@OnPostgres
class SavedScenarioServiceTest {

    @Autowired
    SavedScenarioService scenarios;
    @Autowired
    WorkshopService workshops;

    // the context's own holder (Vaadin installs one per application context): the static holder may belong to
    // another cached test context
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityContext;

    private <T> T as(String user, String role, Callable<T> call) throws Exception {
        SecurityContextHolderStrategy holder = securityContext.getIfAvailable(
                SecurityContextHolder::getContextHolderStrategy);
        var previous = holder.getContext().getAuthentication();
        holder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return call.call();
        } finally {
            holder.getContext().setAuthentication(previous);
        }
    }

    private static AnalysisInput spread(double s) {
        AnalysisInput base = AnalysisInput.paperBaseCase();
        return base.withAssumptions(base.assumptions().with(AssumptionField.SPREAD, s));
    }

    private static ScenarioRefusedException.Reason refusal(Callable<?> call) {
        try {
            call.call();
        } catch (ScenarioRefusedException e) {
            return e.reason();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_personal_scenario_is_saved_loaded_renamed_overwritten_and_deleted_and_stale_copies_are_refused()
            throws Exception {
        AnalysisInput in = spread(0.81).withMechanism(ProfitMechanism.SPOT_MARKET).withView(CashFlowView.PROJECT_AFTER_TAX)
                .withSubjectiveWeights(Map.of("IRR", 2.0, "NPV", 1.0));
        SavedScenarioService.Summary s = as("ana", "FACILITATOR", () -> scenarios.save("  High spread ", null, in));
        assertThat(s.name()).isEqualTo("High spread");
        assertThat(s.scope().personal()).isTrue();
        AnalysisInput back = as("ana", "FACILITATOR", () -> scenarios.load(s.id()).input());
        assertThat(back.assumptions()).isEqualTo(in.assumptions());
        assertThat(back.mechanism()).isEqualTo(ProfitMechanism.SPOT_MARKET);
        assertThat(back.view()).isEqualTo(CashFlowView.PROJECT_AFTER_TAX);
        assertThat(back.subjectiveWeights()).isEqualTo(in.subjectiveWeights());

        // names: required, unique per owner regardless of case; another owner may use the same name
        assertThat(refusal(() -> as("ana", "FACILITATOR", () -> scenarios.save(" ", null, in))))
                .isEqualTo(ScenarioRefusedException.Reason.INVALID);
        assertThatThrownBy(() -> as("ana", "FACILITATOR", () -> scenarios.save("x".repeat(121), null, in)))
                .isInstanceOfSatisfying(ScenarioRefusedException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("name"));
        assertThat(refusal(() -> as("ana", "FACILITATOR", () -> scenarios.save("HIGH SPREAD", null, in))))
                .isEqualTo(ScenarioRefusedException.Reason.NAME_TAKEN);
        SavedScenarioService.Summary bos = as("bo", "REGULATOR", () -> scenarios.save("High spread", null, in));
        // nobody else sees a personal scenario
        assertThat(refusal(() -> as("bo", "REGULATOR", () -> scenarios.load(s.id()))))
                .isEqualTo(ScenarioRefusedException.Reason.NOT_FOUND);
        assertThat(as("bo", "REGULATOR", () -> scenarios.list())).extracting(SavedScenarioService.Summary::id)
                .containsExactly(bos.id());

        // two people load version v; the first overwrite wins, the second is refused and nothing is lost
        SavedScenarioService.Summary v2 = as("ana", "FACILITATOR", () -> scenarios.overwrite(s.id(), s.version(),
                spread(0.9)));
        assertThat(v2.version()).isGreaterThan(s.version());
        assertThat(refusal(() -> as("ana", "FACILITATOR", () -> scenarios.overwrite(s.id(), s.version(),
                spread(0.5))))).isEqualTo(ScenarioRefusedException.Reason.STALE);
        assertThat(as("ana", "FACILITATOR", () -> scenarios.load(s.id()).input().assumptions()
                .get(AssumptionField.SPREAD))).isEqualTo(0.9);
        assertThat(refusal(() -> as("ana", "FACILITATOR", () -> scenarios.rename(s.id(), s.version(), "Old"))))
                .isEqualTo(ScenarioRefusedException.Reason.STALE);

        SavedScenarioService.Summary renamed = as("ana", "FACILITATOR", () -> scenarios.rename(s.id(), v2.version(),
                "Spread 0.9"));
        assertThat(renamed.name()).isEqualTo("Spread 0.9");
        assertThat(refusal(() -> as("ana", "FACILITATOR", () -> {
            scenarios.delete(s.id(), v2.version());
            return null;
        }))).isEqualTo(ScenarioRefusedException.Reason.STALE);
        as("ana", "FACILITATOR", () -> {
            scenarios.delete(s.id(), renamed.version());
            return null;
        });
        assertThat(refusal(() -> as("ana", "FACILITATOR", () -> scenarios.load(s.id()))))
                .isEqualTo(ScenarioRefusedException.Reason.NOT_FOUND);
    }

    @Test
    void a_workshop_scenario_is_seen_by_whoever_sees_the_workshop_and_changed_by_its_facilitators() throws Exception {
        long w = as("lead", "FACILITATOR", () -> workshops.create("Scenario committee", null, "lead").getId());
        SavedScenarioService.Summary s = as("lead", "FACILITATOR", () -> scenarios.save("Committee base", w,
                spread(0.7)));
        assertThat(s.scope().workshopId()).isEqualTo(w);
        assertThat(s.workshopName()).isEqualTo("Scenario committee");
        // another facilitator sees and may change it; the same name is free in the facilitator's personal list
        assertThat(as("other", "FACILITATOR", () -> scenarios.list())).extracting(SavedScenarioService.Summary::id)
                .contains(s.id());
        as("other", "FACILITATOR", () -> scenarios.save("Committee base", null, spread(0.7)));
        // an expert who is not invited sees nothing of it; a regulator can neither see nor share into it
        assertThat(refusal(() -> as("stranger", "EXPERT", () -> scenarios.load(s.id()))))
                .isEqualTo(ScenarioRefusedException.Reason.NOT_FOUND);
        assertThat(refusal(() -> as("reg", "REGULATOR", () -> scenarios.save("Mine", w, spread(0.7)))))
                .isEqualTo(ScenarioRefusedException.Reason.INVALID);
        // the Analysis page's "Saved for" offers the workshop to its facilitators only
        assertThat(as("other", "FACILITATOR", () -> scenarios.writableWorkshops())).containsEntry(w,
                "Scenario committee");
        assertThat(as("reg", "REGULATOR", () -> scenarios.writableWorkshops())).doesNotContainKey(w);
    }

    @Test
    void two_scenarios_are_compared_input_by_input_and_model_by_model() throws Exception {
        ScenarioComparison c = as("cmp", "FACILITATOR", () -> {
            long a = scenarios.save("Low", null, spread(0.6)).id();
            long b = scenarios.save("High", null, spread(0.9)).id();
            return scenarios.compare(a, b);
        });
        assertThat(c.inputs().stream().filter(ScenarioComparison.InputRow::differs)
                .map(ScenarioComparison.InputRow::field)).containsExactly("assumptions.spread");
        assertThat(c.outputs()).hasSize(3);
        for (ScenarioComparison.ModelRow row : c.outputs()) {
            assertThat(row.b().npv()).as(row.model() + " NPV").isGreaterThan(row.a().npv());
            assertThat(row.a().closeness()).isBetween(0.0, 1.0);
        }
        assertThat(c.outputs().stream().map(r -> r.a().rank()).sorted().toList()).containsExactly(1, 2, 3);
        assertThat(c.outputs().stream().map(ScenarioComparison.ModelRow::model))
                .containsExactly(InvestmentModel.values());
    }
}
