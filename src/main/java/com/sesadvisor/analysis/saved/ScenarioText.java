package com.sesadvisor.analysis.saved;

import com.sesadvisor.engine.text.TextKey;

/** Compiler-checked keys of the {@code scenarios} bundle: saved scenarios and their comparison. */
public enum ScenarioText implements TextKey {
    TITLE("scenarios.title"),
    NAME("scenarios.name"),
    SCOPE("scenarios.scope"),
    SCOPE_PERSONAL("scenarios.scope.personal"),
    SCOPE_WORKSHOP("scenarios.scope.workshop"),
    SAVE("scenarios.save"),
    SAVED("scenarios.saved"),
    LOAD("scenarios.load"),
    LOADED("scenarios.loaded"),
    OVERWRITE("scenarios.overwrite"),
    OVERWRITTEN("scenarios.overwritten"),
    RENAME("scenarios.rename"),
    RENAMED("scenarios.renamed"),
    DELETE("scenarios.delete"),
    DELETED("scenarios.deleted"),
    DELETE_CONFIRM("scenarios.delete.confirm"),
    CANCEL("scenarios.cancel"),
    NONE("scenarios.none"),
    CURRENT("scenarios.current"),
    UNSAVED("scenarios.unsaved"),
    CHANGED_BY("scenarios.changedBy"),
    COMPARE("scenarios.compare"),
    COMPARE_A("scenarios.compare.a"),
    COMPARE_B("scenarios.compare.b"),
    COMPARE_TITLE("scenarios.compare.title"),
    COMPARE_INPUTS("scenarios.compare.inputs"),
    COMPARE_OUTPUTS("scenarios.compare.outputs"),
    COMPARE_DIFFERENT("scenarios.compare.different"),
    COMPARE_SAME("scenarios.compare.same"),
    COMPARE_INPUT("scenarios.compare.input"),
    COMPARE_MODEL("scenarios.compare.model"),
    COMPARE_INDICATOR("scenarios.compare.indicator"),
    COMPARE_PICK_TWO("scenarios.compare.pickTwo"),
    COMPARE_NOT_COMPUTED("scenarios.compare.notComputed"),
    COMPARE_ONLY_DIFFERENCES("scenarios.compare.onlyDifferences"),
    COMPARE_CLOSE("scenarios.compare.close"),
    COMPARE_MARKER("scenarios.compare.marker"),
    UPDATED("scenarios.updated"),
    RELOAD("scenarios.reload"),
    SELECT_ONE("scenarios.selectOne"),
    FORM_INVALID("scenarios.formInvalid"),
    LOAD_CONFIRM("scenarios.load.confirm"),
    LOAD_CONFIRM_OK("scenarios.load.confirmOk"),
    READ_ONLY_MARK("scenarios.readOnlyMark"),
    IN_MECHANISM("scenarios.input.mechanism"),
    IN_VIEW("scenarios.input.view"),
    IN_WEIGHT("scenarios.input.weight"),
    OUT_IRR("scenarios.output.irr"),
    OUT_NPV("scenarios.output.npv"),
    OUT_STATIC_PAYBACK("scenarios.output.staticPayback"),
    OUT_DYNAMIC_PAYBACK("scenarios.output.dynamicPayback"),
    OUT_PB("scenarios.output.pb"),
    OUT_CLOSENESS("scenarios.output.closeness"),
    OUT_RANK("scenarios.output.rank"),
    ERROR_NAME_REQUIRED("scenarios.error.nameRequired"),
    ERROR_NAME_LENGTH("scenarios.error.nameLength"),
    ERROR_NAME_TAKEN("scenarios.error.nameTaken"),
    ERROR_STALE("scenarios.error.stale"),
    ERROR_NOT_FOUND("scenarios.error.notFound"),
    ERROR_WORKSHOP("scenarios.error.workshop"),
    ERROR_READ_ONLY("scenarios.error.readOnly"),
    ERROR_REQUIRED("scenarios.error.required"),
    ERROR_UNKNOWN_OPTION("scenarios.error.unknownOption"),
    ERROR_NUMBER("scenarios.error.number"),
    ERROR_UNKNOWN_ASSUMPTION("scenarios.error.unknownAssumption"),
    ERROR_INVALID("scenarios.error.invalid");

    private final String key;

    ScenarioText(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
