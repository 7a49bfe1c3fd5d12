package org.curtaincall.insights.control;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads the embedding model from files copied straight out of the jars that ship it, and deletes the copies once
 * loaded. Read through the web application's class loader, as the libraries do themselves, the model, its tokenizer
 * and ONNX Runtime's native library stay in the server's cache of resources for as long as the portal runs (38 MiB
 * of heap), and ONNX Runtime leaves its own copy of the native library (16 MB) in the temporary directory whenever
 * the process does not end normally.
 */
final class ModelFiles {

    private static final Logger LOG = Logger.getLogger(ModelFiles.class.getName());

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    // ONNX Runtime loads its libraries from this directory when set, instead of extracting them itself.
    private static final String NATIVE_PATH = "onnxruntime.native.path";
    private static final List<String> NATIVE_LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
    // Any class of the runtime's jar, to find the jar by.
    private static final Class<?> RUNTIME = OrtException.class;

    private ModelFiles() {
    }

    /** The quantised all-MiniLM-L6-v2 with mean pooling, embedding on the caller's thread only (see session()). */
    static EmbeddingModel load() {
        Path copies = null;
        try {
            copies = Files.createTempDirectory("curtaincall-model");
            if (!copyOut(AllMiniLmL6V2QuantizedEmbeddingModel.class, List.of(MODEL, TOKENIZER), copies)) {
                throw new IOException(MODEL + " or " + TOKENIZER + " is missing from the model's jar");
            }
            Optional<String> platform = platform();
            boolean ownNativeLibraries = System.getProperty(NATIVE_PATH) == null && platform.isPresent()
                    && copyOut(RUNTIME, nativeLibraries(platform.get()), copies);
            if (ownNativeLibraries) {
                System.setProperty(NATIVE_PATH, copies.toString());
            }
            try (InputStream tokenizer = Files.newInputStream(copies.resolve(TOKENIZER))) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                return new OnCallersThread(new OnnxBertBiEncoder(environment, session(environment,
                        copies.resolve(MODEL)), tokenizer, PoolingMode.MEAN));
            } finally {
                if (ownNativeLibraries) {
                    System.clearProperty(NATIVE_PATH);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the embedding model out of its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load the embedding model", e);
        } finally {
            deleteQuietly(copies);
        }
    }

    /*
     * The library's own session runs a text on as many threads as there are processors: a text of a few dozen words
     * is too small to share out well, and on a small machine every text then holds back the requests. On one thread
     * a text takes a little longer but a third less processor, and the other processors stay with the requests.
     */
    private static OrtSession session(OrtEnvironment environment, Path model) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            return environment.createSession(model.toString(), options);
        }
    }

    /** The library's model around an encoder of our own, embedding on the caller's thread. */
    private static final class OnCallersThread extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        OnCallersThread(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }

    /** Where the runtime's jar keeps its libraries for {@code platform}. */
    private static List<String> nativeLibraries(String platform) {
        return NATIVE_LIBRARIES.stream()
                .map(library -> "ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(library))
                .toList();
    }

    /** The runtime jar's name for this operating system and processor, such as linux-x64. */
    private static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux"
                : os.contains("mac") || os.contains("darwin") ? "osx"
                : os.startsWith("windows") ? "win"
                : null;
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") ? "aarch64"
                : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }

    /*
     * Copies the entries of the jar that ships a class into a directory, each under its file name; false, copying
     * nothing, when one is missing (the runtime has no libraries for some platforms). The jar is opened as a file:
     * asking the class loader for an entry would put it in the server's cache. A class literal does not run the
     * class's initialiser, which for the model class would load the model itself.
     */
    private static boolean copyOut(Class<?> shippedWith, List<String> entries, Path into) throws IOException {
        try (JarFile jar = new JarFile(jarOf(shippedWith).toFile())) {
            if (entries.stream().anyMatch(entry -> jar.getJarEntry(entry) == null)) {
                return false;
            }
            for (String entry : entries) {
                try (InputStream in = jar.getInputStream(jar.getJarEntry(entry))) {
                    Files.copy(in, into.resolve(entry.substring(entry.lastIndexOf('/') + 1)));
                }
            }
            return true;
        }
    }

    private static Path jarOf(Class<?> shippedWith) throws IOException {
        var source = shippedWith.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException("no jar known for " + shippedWith.getName());
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot open " + source.getLocation() + " as a file", e);
        }
    }

    /* A library the process has loaded can be deleted on Linux and macOS; on Windows it goes when the process ends. */
    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            });
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete the copies of the embedding model in " + directory + ": " + e);
        }
    }
}
