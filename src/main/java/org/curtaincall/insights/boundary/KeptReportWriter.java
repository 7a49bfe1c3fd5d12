package org.curtaincall.insights.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.ref.WeakReference;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.curtaincall.insights.entity.KeptReport;

/**
 * Writes an insights report as JSON, and keeps the JSON of large ones for the next reader of the same report object.
 * The all-teams heatmap of a large organisation is megabytes of JSON: writing it afresh for every reader of the same
 * kept report cost far more than the counting behind it. A JSON is let go with its report (held weakly, so once the
 * report cache drops it) or when {@value #MAX_KEPT} newer ones were kept. Small reports (one team's rows) are written
 * each time, which is cheap and keeps them from pushing the large ones out.
 *
 * <p>A large report also goes out gzip-compressed to clients that accept it (browsers and most HTTP clients do): its
 * many alike cells shrink about twentyfold, so sending it costs the server and the network a fraction. The compressed
 * form is made once, by the first reader that asks for it, and kept beside the JSON.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class KeptReportWriter implements MessageBodyWriter<KeptReport> {

    /** Below this size writing again costs less than keeping. */
    static final int KEEP_FROM_BYTES = 64 * 1024;
    /** The dashboard's periods times the kinds of report, with room to spare. */
    static final int MAX_KEPT = 32;
    /**
     * The largest piece handed to the server at once. The server copies each write into a native buffer that its
     * thread keeps for the next write: one write of a 1.7 MB heatmap left 1.7 MB outside the heap per request thread.
     */
    static final int WRITE_SLICE_BYTES = 32 * 1024;

    private final Jsonb jsonb = JsonbBuilder.create();
    /** Most recently written last; the report is held weakly so that its JSON goes when the report cache drops it. */
    private final List<Written> written = new ArrayList<>();

    @Context
    HttpHeaders request;

    /** The JSON of a kept report and, once a reader accepted it, the same compressed. */
    private static final class Written {

        final WeakReference<KeptReport> report;
        final byte[] json;
        private byte[] gzip;

        Written(KeptReport report, byte[] json) {
            this.report = new WeakReference<>(report);
            this.json = json;
        }

        synchronized byte[] gzip() {
            if (gzip == null) {
                gzip = compress(json);
            }
            return gzip;
        }
    }

    /** What goes out: the bytes and whether they are gzip-compressed. */
    record Body(byte[] bytes, boolean gzip) {
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return KeptReport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(KeptReport report, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Body body = body(report, acceptsGzip(request == null ? null : request.getHeaderString(HttpHeaders.ACCEPT_ENCODING)));
        if (body.gzip()) {
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        headers.putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, body.bytes().length);
        byte[] bytes = body.bytes();
        for (int from = 0; from < bytes.length; from += WRITE_SLICE_BYTES) {
            out.write(bytes, from, Math.min(WRITE_SLICE_BYTES, bytes.length - from));
        }
    }

    /** The report's JSON, compressed when the reader accepts gzip and the report is large enough to be kept. */
    Body body(KeptReport report, boolean gzipAccepted) {
        Written kept = kept(report);
        if (kept == null) {
            byte[] json = jsonb.toJson(report).getBytes(StandardCharsets.UTF_8);
            if (json.length < KEEP_FROM_BYTES) {
                return new Body(json, false);
            }
            kept = keep(report, json);
        }
        return gzipAccepted ? new Body(kept.gzip(), true) : new Body(kept.json, false);
    }

    byte[] json(KeptReport report) {
        return body(report, false).bytes();
    }

    /**
     * Whether an {@code Accept-Encoding} header allows gzip: named (or {@code *}) without {@code q=0}. A header that
     * names gzip with {@code q=0} refuses it even when {@code *} is allowed.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        boolean star = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean allowed = true;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    allowed = !parameter.substring(2).strip().matches("0(\\.0{0,3})?");
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return allowed;
            }
            if (coding.equals("*")) {
                star = allowed;
            }
        }
        return star;
    }

    private synchronized Written kept(KeptReport report) {
        written.removeIf(w -> w.report.get() == null);
        for (int i = written.size() - 1; i >= 0; i--) {
            if (written.get(i).report.get() == report) {
                return written.get(i);
            }
        }
        return null;
    }

    private synchronized Written keep(KeptReport report, byte[] json) {
        Written kept = new Written(report, json);
        written.add(kept);
        if (written.size() > MAX_KEPT) {
            written.remove(0);
        }
        return kept;
    }

    private static byte[] compress(byte[] json) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(json.length / 8);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return compressed.toByteArray();
    }
}
