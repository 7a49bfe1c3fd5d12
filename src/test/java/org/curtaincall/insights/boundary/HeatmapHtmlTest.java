package org.curtaincall.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.TeamRef;
import org.junit.jupiter.api.Test;

/** The heatmap written as HTML: what each cell shows, and names that cannot break out of the page. */
class HeatmapHtmlTest {

    @Test
    void cells_show_count_and_average_or_the_lock_and_names_are_escaped() {
        TeamRef front = new TeamRef(1, "Store <b>Floor</b>", "FRONT", true);
        TeamRef payroll = new TeamRef(10, "Payroll \"&\" Pay's", "BACK", true);
        TeamRef kitchen = new TeamRef(11, "Kitchen", "BACK", true);
        HeatmapReport heatmap = new HeatmapReport(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                List.of(payroll, kitchen), List.of(new HeatmapReport.Row(front, List.of(
                        new HeatmapReport.Cell(1, front.name(), 10, payroll.name(), Figure.average(6, 26), null),
                        new HeatmapReport.Cell(1, front.name(), 11, kitchen.name(), Figure.hidden(), null)), null)),
                null, Instant.parse("2026-03-31T10:42:00Z"));

        String html = HeatmapHtml.rows(heatmap);

        assertEquals("<tr><th>Store &lt;b&gt;Floor&lt;/b&gt;</th>"
                + "<td class=\"cc-heat cc-heat-4\"><a href=\"#\" class=\"cc-heat-link\" data-front=\"1\" data-back=\"10\" "
                + "title=\"Store &lt;b&gt;Floor&lt;/b&gt; → Payroll &quot;&amp;&quot; Pay&#39;s\">"
                + "<span class=\"cc-heat-count\">6</span><span class=\"cc-heat-avg\">★ 4.3</span></a></td>"
                + "<td class=\"cc-heat cc-heat-x\"><a href=\"#\" class=\"cc-heat-link\" data-front=\"1\" data-back=\"11\" "
                + "title=\"Store &lt;b&gt;Floor&lt;/b&gt; → Kitchen\">"
                + "<span class=\"cc-heat-hidden\"><i class=\"pi pi-lock\"></i></span></a></td></tr>\n", html);
    }
}
