package com.sesadvisor.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Readable differences between two sets of rule files (DRL and scenarios), for the rule-base history. */
final class RuleDiff {

    private static final int MAX_CHARS = 20_000;

    private RuleDiff() {
    }

    /** Every file's text by path: {@code x.drl} and, where present, {@code x.scenarios}. */
    static Map<String, String> texts(List<RuleBase.RuleFile> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (RuleBase.RuleFile f : files) {
            texts.put(f.path(), f.source());
            if (f.scenarios() != null) {
                texts.put(RuleSetInfo.scenarioPath(f.path()), f.scenarios());
            }
        }
        return texts;
    }

    static Map<String, String> hashes(Map<String, String> texts) {
        Map<String, String> hashes = new LinkedHashMap<>();
        texts.forEach((path, text) -> hashes.put(path, hash(text)));
        return hashes;
    }

    /** Changed lines per file, "-" removed and "+" added, each with its line number in the old or new file. */
    static String diff(Map<String, String> before, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        for (String path : new TreeSet<>(union(before, after))) {
            String a = before.get(path);
            String b = after.get(path);
            if (a != null && a.equals(b)) {
                continue;
            }
            out.append(a == null ? "+++ new file " : b == null ? "--- deleted file " : "*** ").append(path)
                    .append('\n');
            lines(out, a == null ? new String[0] : a.split("\n", -1), b == null ? new String[0] : b.split("\n", -1));
            if (out.length() > MAX_CHARS) {
                return out.substring(0, MAX_CHARS) + "\n... (diff cut at " + MAX_CHARS + " characters)\n";
            }
        }
        return out.toString();
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> all = new ArrayList<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    /** A longest-common-subsequence line diff; rule files are small (hundreds of lines). */
    private static void lines(StringBuilder out, String[] a, String[] b) {
        int n = a.length;
        int m = b.length;
        if ((long) n * m > 4_000_000L) {
            out.append("  (file too large to diff line by line)\n");
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i].equals(b[j])) {
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.append(String.format("+ %4d | %s%n", j + 1, b[j]));
                j++;
            } else {
                out.append(String.format("- %4d | %s%n", i + 1, a[i]));
                i++;
            }
        }
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
