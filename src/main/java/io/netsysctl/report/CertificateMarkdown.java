package io.netsysctl.report;

import java.util.Locale;

/** Renders a {@link Certificate} as Markdown: the environment, then one table per suite. */
final class CertificateMarkdown {

    private CertificateMarkdown() {
    }

    static String render(Certificate certificate) {
        StringBuilder out = new StringBuilder();
        CheckCounts counts = certificate.counts();
        out.append("# netsysctl certificate: ").append(certificate.verdict().label().toUpperCase(Locale.ROOT))
                .append("\n\n");
        out.append(counts.summary()).append(" (").append(counts.checks()).append(" checks in ")
                .append(certificate.suites().size()).append(" suites)\n\n");

        out.append("| | |\n|---|---|\n");
        row(out, "image", "sandbox".equals(certificate.runtime())
                ? certificate.image() + " (not used: the sandbox starts no image)" : certificate.image());
        row(out, "image id", certificate.imageId());
        row(out, "image digest", certificate.imageDigest());
        row(out, "runtime", certificate.runtime()
                + (certificate.runtimeFallback() ? " (runtime auto fell back to the sandbox: no Docker engine answered)"
                        : ""));
        row(out, "kernel", certificate.kernel());
        row(out, "Docker engine", certificate.engine() == null ? "not reachable"
                : certificate.engine() + ", API " + certificate.apiVersion() + ", default runtime "
                        + certificate.engineRuntime());
        row(out, "host net.ipv4.tcp_congestion_control", certificate.hostCongestionControl());
        row(out, "started", certificate.startedAt());
        row(out, "finished", certificate.finishedAt());

        for (SuiteResult suite : certificate.suites()) {
            out.append("\n## ").append(escape(suite.id())).append(": ").append(suite.status().label()).append("\n\n");
            out.append("File `").append(suite.file()).append('`');
            if (suite.runtime() != null) {
                out.append(", runtime ").append(escape(suite.runtime()));
            }
            if ("sandbox".equals(suite.runtime())) {
                out.append(", no image (the sandbox starts none)");
            } else if (suite.image() != null) {
                out.append(", image `").append(suite.image()).append('`');
            }
            out.append("\n\n| check | key | status | expected | actual | message |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (CheckResult check : suite.checks()) {
                out.append("| ").append(escape(check.id()))
                        .append(" | ").append(code(check.key()))
                        .append(" | ").append(check.status().label())
                        .append(" | ").append(code(check.expected()))
                        .append(" | ").append(code(check.actual()))
                        .append(" | ").append(escape(check.message()))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("| ").append(name).append(" | ").append(value == null ? "unknown" : escape(value)).append(" |\n");
    }

    private static String code(String value) {
        return value.isEmpty() ? "" : "`" + escape(value).replace("`", "'") + "`";
    }

    /** Keeps a value on one table row: pipes are escaped and line breaks become HTML breaks. */
    private static String escape(String value) {
        return value.replace("|", "\\|").replace("\r\n", "\n").replace("\n", "<br>")
                .replace("\t", " ");
    }
}
