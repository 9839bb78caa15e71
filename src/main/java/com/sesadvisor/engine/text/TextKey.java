package com.sesadvisor.engine.text;

/**
 * A message key the compiler checks: each feature declares its keys as constants of an enum implementing this
 * interface (as Commons Math's {@code LocalizedFormats}), e.g. {@code RuleText.ADV_FIN_001}, and families of keys
 * chosen by a typed value as methods of that enum (e.g. {@code RuleText.view(CashFlowView)}) instead of
 * {@code "prefix." + value} at the call site. {@code TextKeysTest} checks every constant and every family member
 * against the English and Chinese bundles.
 */
public interface TextKey {

    /** The bundle key, e.g. {@code rules.ADV-FIN-001}. */
    String key();

    /** This key as a text with arguments. */
    default Text with(Object... args) {
        return Text.of(this, args);
    }
}
