package dev.rtcdiag.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtcdiag.catalog.Language;
import dev.rtcdiag.core.Diagnoser;
import dev.rtcdiag.core.Diagnosis;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text report: CLDR plural forms per language, isolated left-to-right runs in Persian, findings grouped by cause. */
class TextReportTest {

    static String render(Diagnosis d, ReportOptions o) throws IOException {
        StringWriter w = new StringWriter();
        TextReport.write(d, w, o);
        return w.toString();
    }

    static String summary(Language l, long findings, long errors, long sessions, long inputs) {
        return Labels.get(l, "summary", "findings", findings, "errors", errors, "warnings", findings - errors, "infos", 0L,
                "sessions", sessions, "inputs", inputs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | 1  | rtcdiag: 1 finding (1 error, 0 warnings, 0 info) in 1 session from 1 input
            EN | 2  | rtcdiag: 2 findings (2 errors, 0 warnings, 0 info) in 2 sessions from 2 inputs
            RU | 1  | rtcdiag: найдена 1 проблема (1 ошибка, 0 предупреждений, 0 сведений) в 1 сессии из 1 входа
            RU | 3  | rtcdiag: найдены 3 проблемы (3 ошибки, 0 предупреждений, 0 сведений) в 3 сессиях из 3 входов
            RU | 5  | rtcdiag: найдено 5 проблем (5 ошибок, 0 предупреждений, 0 сведений) в 5 сессиях из 5 входов
            RU | 21 | rtcdiag: найдена 21 проблема (21 ошибка, 0 предупреждений, 0 сведений) в 21 сессии из 21 входа
            RU | 12 | rtcdiag: найдено 12 проблем (12 ошибок, 0 предупреждений, 0 сведений) в 12 сессиях из 12 входов
            TR | 2  | rtcdiag: 2 girdiden 2 oturumda 2 bulgu (2 hata, 0 uyarı, 0 bilgi)
            FA | 2  | rtcdiag: 2 یافته (2 خطا، 0 هشدار، 0 اطلاع) در 2 نشست از 2 ورودی
            """)
    void countsTakeTheLanguagesPluralForms(Language l, long n, String expected) {
        assertThat(summary(l, n, n, n, n)).isEqualTo(expected);
    }

    @Test
    void bigNumbersKeepLatinDigitsInEveryLanguage() {
        for (Language l : Language.values()) {
            assertThat(summary(l, 12345, 1, 2, 3)).as("%s", l).contains("12").doesNotContainPattern("[۰-۹٠-٩]");
        }
    }

    @Test
    void persianIsolatesEveryLeftToRightRun() throws IOException {
        Diagnosis d = Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs/sip/asterisk-wrong-password.log")));
        String fa = render(d, new ReportOptions(Language.FA, dev.rtcdiag.core.Redactor.standard(), "t"));
        // the time after "نخستین:" would otherwise show as 05T09:58:12-03-2024
        assertThat(fa).contains("نخستین: \u20662024-03-05T09:58:12\u2069");
        assertThat(fa.lines().filter(x -> x.contains("asterisk-wrong-password.log:15")))
                .singleElement().asString().startsWith("    \u2066").endsWith("\u2069");
        assertThat(fa).contains("\u2066sip.auth-failed\u2069");
        String en = render(d, ReportOptions.defaults());
        assertThat(en).doesNotContain("\u2066").doesNotContain("\u2069").contains("first: 2024-03-05T09:58:12");
    }

    private static Diagnosis busyCalls(int n) {
        StringBuilder trace = new StringBuilder();
        String busy = dev.rtcdiag.core.SipTraceAccess.twoSessionsSameFailure();
        for (int i = 0; i < n; i++) {
            trace.append(busy.replace("first-call", "call-" + i + "-a").replace("second-call", "call-" + i + "-b"));
        }
        return Diagnoser.builder().build().diagnose(new ByteArrayInputStream(trace.toString().getBytes(StandardCharsets.UTF_8)), "busy.log");
    }

    @Test
    void manyFindingsOfOneCauseAreGroupedWithTheFirstThreeShown() throws IOException {
        Diagnosis d = busyCalls(5);
        assertThat(d.findings(("sip.callee-busy"))).hasSize(10);
        String text = render(d, ReportOptions.defaults());
        assertThat(text).contains("\nsip.callee-busy in 10 sessions\n").contains("\n… and 7 more sessions with sip.callee-busy (--all shows every finding)\n");
        assertThat(text.split("\nINFO sip.callee-busy ", -1)).hasSize(4);
        String all = render(d, ReportOptions.defaults().showingAll());
        assertThat(all.split("\nINFO sip.callee-busy ", -1)).hasSize(11);
        assertThat(all).doesNotContain("more sessions with");
        String ru = render(d, new ReportOptions(Language.RU, dev.rtcdiag.core.Redactor.standard(), "t"));
        assertThat(ru).contains("sip.callee-busy в 10 сессиях").contains("… и ещё 7 сессий с sip.callee-busy");
    }

    /** Columns are separated by one space or a colon; two spaces only indent (evidence lines are the log's own text, kept as logged). */
    @Test
    void noDoubleSpacesInsideALine() throws IOException {
        for (String log : List.of("sip/asterisk-wrong-password.log", "bbb/html5-client.log", "wcs/websdk-client.log", "bitrix/statistics.json")) {
            Diagnosis d = Diagnoser.builder().build().diagnose(List.of(Path.of("../examples/logs").resolve(log)));
            for (Language l : Language.values()) {
                render(d, new ReportOptions(l, dev.rtcdiag.core.Redactor.standard(), "t")).lines()
                        .map(String::strip).filter(x -> !x.isEmpty()).filter(x -> !x.matches("\u2066?\\S+:\\d+: .*"))
                        .forEach(x -> assertThat(x).as("%s in %s", log, l).doesNotContain("  "));
            }
        }
    }
}
