package com.sesadvisor.rules;

import java.time.Instant;
import java.util.List;
import org.kie.api.runtime.KieContainer;

/**
 * One compiled, immutable generation of the rule base. Evaluations take a reference to a whole generation, so a
 * reload can never leave them running on half the rules.
 *
 * @param container compiled rules; shared by all evaluations, disposed when the generation is replaced
 * @param version   content hash of all DRL files (for the audit trail)
 * @param files     the DRL files it was built from, relative to the rules folder
 * @param rules     every rule name, e.g. {@code AHP-CR-001 Inconsistent pairwise matrix}
 * @param loadedAt  when it was compiled
 * @param compileMillis how long compiling took
 * @param scenarioResults every scenario of every rule set, run on this generation before it went live
 * @param location  where the files came from: a folder, or {@code classpath:packaged-rules/} for the rules
 *                  packaged in the jar (read-only)
 * @param packaged  whether these are the packaged, read-only rules (no reload, no folder watch)
 */
public record RuleBase(KieContainer container, String version, List<RuleFile> files, List<RuleInfo> rules,
                       Instant loadedAt, long compileMillis, List<RuleScenario.Result> scenarioResults,
                       String location, boolean packaged) {

    public RuleBase {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
        scenarioResults = List.copyOf(scenarioResults);
    }

    /**
     * A DRL file as loaded, with its text so admins and regulators can read what judged them.
     *
     * @param scenarios the text of its {@code .scenarios} companion file, or null when it has none
     */
    public record RuleFile(String path, String packageName, String source, String scenarios) {
        public RuleFile(String path, String packageName, String source) {
            this(path, packageName, source, null);
        }
    }

    /**
     * A rule: its stable ID (first word of its name), the rest of its name, and the file it lives in; {@code titleZh}
     * is the Chinese title from a {@code // @titleZh ...} comment line right above the rule, empty when it has none.
     */
    public record RuleInfo(String id, String title, String packageName, String file, String titleZh) {

        public RuleInfo {
            titleZh = titleZh == null ? "" : titleZh.strip();
        }

        public RuleInfo(String id, String title, String packageName, String file) {
            this(id, title, packageName, file, "");
        }

        /** The title in the reader's language, falling back to the English one when the rule has no Chinese title. */
        public String title(java.util.Locale locale) {
            return com.sesadvisor.engine.text.TextBundles.chinese(locale) && !titleZh.isEmpty() ? titleZh : title;
        }
    }
}
