package com.sesadvisor.workshop.transfer;

import com.sesadvisor.engine.text.TextKey;

/** Compiler-checked keys of the {@code judgements} bundle: judgements export and import (CSV, JSON). */
public enum JudgementText implements TextKey {
    EXPORT_CSV("judgements.export.csv"),
    EXPORT_JSON("judgements.export.json"),
    IMPORT("judgements.import"),
    IMPORT_HINT("judgements.import.hint"),
    IMPORTED("judgements.imported"),
    REFUSED("judgements.refused"),
    DROP("judgements.import.drop"),
    REJECTED("judgements.import.rejected"),
    PLACE_LINE("judgements.place.line"),
    PLACE_CELL("judgements.place.cell"),
    EMPTY("judgements.error.empty"),
    TOO_LARGE("judgements.error.tooLarge"),
    NOT_JSON("judgements.error.notJson"),
    FORMAT("judgements.error.format"),
    HEADER("judgements.error.header"),
    COLUMNS("judgements.error.columns"),
    REQUIRED("judgements.error.required"),
    NUMBER("judgements.error.number"),
    LIST("judgements.error.list"),
    ONE_OF("judgements.error.oneOf"),
    TIMESTAMP("judgements.error.timestamp"),
    WEIGHT("judgements.error.weight"),
    NAME("judgements.error.name"),
    WEIGHT_DIFFERS("judgements.error.weightDiffers"),
    WEIGHT_PARTICIPANT("judgements.error.weightParticipant"),
    NO_GROUP("judgements.error.noGroup"),
    NOT_ELEMENT("judgements.error.notElement"),
    SAME_ELEMENT("judgements.error.sameElement"),
    SCALE("judgements.error.scale"),
    DUPLICATE_PAIR("judgements.error.duplicatePair"),
    GROUP_DIFFERS("judgements.error.groupDiffers"),
    UNANSWERED("judgements.error.unanswered"),
    FINISHED("judgements.error.finished"),
    STALE_ELEMENTS("judgements.error.staleElements"),
    STALE("judgements.error.stale");

    private final String key;

    JudgementText(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
