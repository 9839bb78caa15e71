package com.sesadvisor.rules;

import com.sun.source.util.JavacTask;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Finds the line of an error in a rule's consequence. Drools compiles a consequence ({@code then ... end}) as a
 * generated Java method and reports any error in it at the line where the <em>rule</em> starts, e.g. line 20 for a
 * syntax error on line 25. So when Drools points at a {@code rule "..."} line, this
 * <ol>
 *   <li>parses the consequence with the JDK's own Java parser (syntax only, no type checking), placed at its
 *       original line numbers, and takes the line of the first syntax error; or else</li>
 *   <li>looks for the name the message complains about (e.g. {@code The method foo() is undefined}) in the
 *       consequence and takes the line where it appears; or else</li>
 *   <li>keeps Drools' line.</li>
 * </ol>
 * Errors in conditions ({@code when}) are already reported at their own line by the DRL parser.
 */
final class ErrorLocator {

    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+\".*");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\s*(//.*)?$");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");
    private static final Pattern MODIFY = Pattern.compile("\\b(modify|with)\\s*\\([^)]*\\)\\s*\\{");
    private static final List<Pattern> NAMED = List.of(
            Pattern.compile("The method (\\w+)\\("),
            Pattern.compile("The field [\\w.]*?(\\w+) is"),
            Pattern.compile("(\\w+) cannot be resolved"),
            Pattern.compile("Cannot use (this) in a static context"));

    private ErrorLocator() {
    }

    /** The line of the error itself, given the line Drools reported and its message. */
    static int locate(String source, int reportedLine, String message) {
        String[] lines = source.split("\n", -1);
        if (reportedLine < 1 || reportedLine > lines.length || !RULE_START.matcher(lines[reportedLine - 1])
                .matches()) {
            return reportedLine;
        }
        int then = -1;
        int end = -1;
        for (int i = reportedLine; i < lines.length; i++) {
            if (then < 0 && THEN.matcher(lines[i]).matches()) {
                then = i;
            } else if (then >= 0 && END.matcher(lines[i]).matches()) {
                end = i;
                break;
            }
        }
        if (then < 0 || end < 0) {
            return reportedLine;
        }
        Integer syntax = syntaxErrorLine(lines, then, end);
        if (syntax != null) {
            return syntax;
        }
        Integer named = namedLine(lines, then, end, message == null ? "" : message);
        return named != null ? named : reportedLine;
    }

    /** The 1-based line of the first Java syntax error in lines (then, end), or null. */
    private static Integer syntaxErrorLine(String[] lines, int then, int end) {
        JavaCompiler javac;
        try {
            javac = ToolProvider.getSystemJavaCompiler();
        } catch (RuntimeException | Error e) {
            return null;
        }
        if (javac == null) {
            return null; // a JRE without the compiler: fall back to the name search
        }
        StringBuilder body = new StringBuilder();
        for (int i = then + 1; i < end; i++) {
            body.append(lines[i]).append('\n');
        }
        String consequence = blankModifyBlocks(body.toString());
        StringBuilder java = new StringBuilder();
        for (int i = 0; i < then; i++) {
            java.append('\n');
        }
        java.append("class DrlConsequence { void consequence() {\n").append(consequence).append("}}\n");
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///DrlConsequence.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return java;
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            JavacTask task = (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null,
                    List.of(file));
            task.parse();
        } catch (Exception | LinkageError e) {
            return null;
        }
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> (int) d.getLineNumber()).filter(l -> l > then + 1 && l <= end).min(Integer::compare)
                .orElse(null);
    }

    /**
     * DRL's {@code modify($p) { setA(1), setB(2) }} is not Java: blank out such blocks (keeping their line breaks)
     * so the Java parser sees a plain statement there.
     */
    private static String blankModifyBlocks(String code) {
        StringBuilder out = new StringBuilder(code);
        Matcher m = MODIFY.matcher(code);
        int from = 0;
        while (m.find(from)) {
            int depth = 0;
            int i = m.end() - 1;
            for (; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            for (int k = m.start(); k <= Math.min(i, code.length() - 1); k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            out.setCharAt(m.start(), ';');
            from = Math.min(i + 1, code.length());
        }
        return out.toString();
    }

    private static Integer namedLine(String[] lines, int then, int end, String message) {
        for (Pattern p : NAMED) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(m.group(1)) + "(?![\\w$])");
                for (int i = then + 1; i < end; i++) {
                    if (word.matcher(lines[i]).find()) {
                        return i + 1;
                    }
                }
            }
        }
        return null;
    }
}
