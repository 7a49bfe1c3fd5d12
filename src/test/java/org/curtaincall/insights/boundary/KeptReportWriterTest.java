package org.curtaincall.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.TeamRef;
import org.junit.jupiter.api.Test;

/**
 * Reports written as JSON: exactly what JSON-B writes, a large kept report written once for all its readers, and
 * compressed once for the readers that accept gzip.
 */
class KeptReportWriterTest {

    private final KeptReportWriter writer = new KeptReportWriter();

    @Test
    void a_large_report_is_written_once_and_its_json_served_again_to_the_next_reader() throws Exception {
        HeatmapReport large = heatmap(40, 40);

        byte[] first = writer.json(large);

        assertTrue(first.length >= KeptReportWriter.KEEP_FROM_BYTES, "the test report must count as large");
        assertArrayEquals(JsonbBuilder.create().toJson(large).getBytes(StandardCharsets.UTF_8), first);
        assertSame(first, writer.json(large), "the same report is not written again");
        assertNotSame(first, writer.json(heatmap(40, 40)), "an equal but newly computed report is written afresh");
    }

    @Test
    void a_small_report_is_written_each_time_so_that_it_never_pushes_large_ones_out() throws Exception {
        HeatmapReport large = heatmap(40, 40);
        byte[] largeJson = writer.json(large);
        HeatmapReport small = heatmap(1, 2);

        byte[] first = writer.json(small);
        for (int i = 0; i < KeptReportWriter.MAX_KEPT; i++) {
            writer.json(heatmap(1, 2));
        }

        assertArrayEquals(JsonbBuilder.create().toJson(small).getBytes(StandardCharsets.UTF_8), first);
        assertNotSame(first, writer.json(small));
        assertSame(largeJson, writer.json(large), "the large report's JSON is still kept");
    }

    @Test
    void only_the_most_recent_large_reports_are_kept() throws Exception {
        List<HeatmapReport> reports = new ArrayList<>();
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i <= KeptReportWriter.MAX_KEPT; i++) {
            reports.add(heatmap(40, 40));
            written.add(writer.json(reports.get(i)));
        }

        assertNotSame(written.get(0), writer.json(reports.get(0)), "the oldest was let go");
        assertSame(written.get(KeptReportWriter.MAX_KEPT), writer.json(reports.get(KeptReportWriter.MAX_KEPT)));
    }

    @Test
    void a_large_report_goes_compressed_to_a_reader_that_accepts_gzip_and_reads_back_as_the_same_json()
            throws Exception {
        HeatmapReport large = heatmap(40, 40);
        byte[] json = writer.json(large);

        KeptReportWriter.Body compressed = writer.body(large, true);

        assertTrue(compressed.gzip());
        assertTrue(compressed.bytes().length * 10 < json.length, "alike cells shrink at least tenfold, got "
                + compressed.bytes().length + " of " + json.length + " bytes");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.bytes()))) {
            assertArrayEquals(json, in.readAllBytes());
        }
        assertSame(compressed.bytes(), writer.body(large, true).bytes(), "compressed once for all its readers");
        assertSame(json, writer.body(large, false).bytes(), "a reader without gzip still gets the plain JSON");
    }

    @Test
    void a_large_report_reaches_the_reader_whole_yet_never_in_one_large_write() throws Exception {
        HeatmapReport large = heatmap(80, 80);
        byte[] json = writer.json(large);
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream received = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                writes.add(length);
                super.write(bytes, offset, length);
            }
        };
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

        writer.writeTo(large, HeatmapReport.class, HeatmapReport.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, headers, received);

        assertTrue(json.length > 4 * KeptReportWriter.WRITE_SLICE_BYTES, "the test report must span several slices");
        assertArrayEquals(json, received.toByteArray());
        assertEquals(json.length, headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        assertTrue(writes.stream().allMatch(length -> length <= KeptReportWriter.WRITE_SLICE_BYTES),
                "each write at most a slice, got " + writes);
    }

    @Test
    void a_small_report_goes_plain_even_to_a_reader_that_accepts_gzip() throws Exception {
        HeatmapReport small = heatmap(1, 2);

        KeptReportWriter.Body body = writer.body(small, true);

        assertFalse(body.gzip());
        assertArrayEquals(JsonbBuilder.create().toJson(small).getBytes(StandardCharsets.UTF_8), body.bytes());
    }

    @Test
    void gzip_is_used_when_the_reader_names_it_or_any_coding_without_refusing_it() {
        assertTrue(KeptReportWriter.acceptsGzip("gzip, deflate, br"));
        assertTrue(KeptReportWriter.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(KeptReportWriter.acceptsGzip("*"));
        assertTrue(KeptReportWriter.acceptsGzip("x-gzip"));
        assertFalse(KeptReportWriter.acceptsGzip(null));
        assertFalse(KeptReportWriter.acceptsGzip(""));
        assertFalse(KeptReportWriter.acceptsGzip("identity"));
        assertFalse(KeptReportWriter.acceptsGzip("deflate, br"));
        assertFalse(KeptReportWriter.acceptsGzip("gzip;q=0"));
        assertFalse(KeptReportWriter.acceptsGzip("*, gzip;q=0.000"));
        assertFalse(KeptReportWriter.acceptsGzip("*;q=0"));
    }

    private static HeatmapReport heatmap(int frontTeams, int backTeams) {
        List<TeamRef> back = IntStream.range(0, backTeams)
                .mapToObj(b -> new TeamRef(1000 + b, "Back team " + b, "BACK", true)).toList();
        List<HeatmapReport.Row> rows = IntStream.range(0, frontTeams).mapToObj(f -> {
            TeamRef front = new TeamRef(f, "Front team " + f, "FRONT", true);
            return new HeatmapReport.Row(front, back.stream().map(b -> new HeatmapReport.Cell(f, front.name(), b.id(),
                    b.name(), Figure.average(6, 26), "late hand-offs")).toList(), null);
        }).toList();
        return new HeatmapReport(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), back, rows, null,
                Instant.parse("2026-03-31T10:42:00Z"));
    }
}
