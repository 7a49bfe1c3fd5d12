package org.curtaincall.insights.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.ref.WeakReference;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.curtaincall.insights.entity.KeptReport;

/**
 * Writes an insights report as JSON, and keeps the JSON of large ones for the next reader of the same report object.
 * The all-teams heatmap of a large organisation is megabytes of JSON: writing it afresh for every reader of the same
 * kept report cost far more than the counting behind it. A JSON is let go with its report (held weakly, so once the
 * report cache drops it) or when {@value #MAX_KEPT} newer ones were kept. Small reports (one team's rows) are written
 * each time, which is cheap and keeps them from pushing the large ones out.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class KeptReportWriter implements MessageBodyWriter<KeptReport> {

    /** Below this size writing again costs less than keeping. */
    static final int KEEP_FROM_BYTES = 64 * 1024;
    /** The dashboard's periods times the kinds of report, with room to spare. */
    static final int MAX_KEPT = 32;

    private final Jsonb jsonb = JsonbBuilder.create();
    /** Most recently written last; the report is held weakly so that its JSON goes when the report cache drops it. */
    private final List<Written> written = new ArrayList<>();

    private record Written(WeakReference<KeptReport> report, byte[] json) {
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return KeptReport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(KeptReport report, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        byte[] json = json(report);
        headers.putSingle("Content-Length", json.length);
        out.write(json);
    }

    byte[] json(KeptReport report) {
        byte[] json = kept(report);
        if (json == null) {
            json = jsonb.toJson(report).getBytes(StandardCharsets.UTF_8);
            if (json.length >= KEEP_FROM_BYTES) {
                keep(report, json);
            }
        }
        return json;
    }

    private synchronized byte[] kept(KeptReport report) {
        written.removeIf(w -> w.report().get() == null);
        for (int i = written.size() - 1; i >= 0; i--) {
            if (written.get(i).report().get() == report) {
                return written.get(i).json();
            }
        }
        return null;
    }

    private synchronized void keep(KeptReport report, byte[] json) {
        written.add(new Written(new WeakReference<>(report), json));
        if (written.size() > MAX_KEPT) {
            written.remove(0);
        }
    }
}
