package org.curtaincall.insights.control;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Sentence embeddings from the quantised all-MiniLM-L6-v2 model, which ships inside a Maven artifact and runs in
 * process with ONNX Runtime: nothing is downloaded at run time and no text leaves the server.
 */
public final class MiniLmTextEmbedder implements TextEmbedder {

    public static final int DIMENSION = 384;

    private volatile EmbeddingModel model;

    // Embedding under way holds the read lock, stop() the write lock: ONNX Runtime frees its native environment in a
    // JVM shutdown hook, and a call into it after that crashes the whole process.
    private final ReadWriteLock inUse = new ReentrantReadWriteLock();
    private boolean stopped;

    @Override
    public float[] embed(String text) {
        return whileRunning(() -> Vectors.normalised(model().embed(text).content().vector()));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return whileRunning(() -> model().embedAll(segments).content().stream()
                .map(embedding -> Vectors.normalised(embedding.vector()))
                .toList());
    }

    @Override
    public void stop() {
        inUse.writeLock().lock();
        try {
            stopped = true;
        } finally {
            inUse.writeLock().unlock();
        }
    }

    private <T> T whileRunning(Supplier<T> embedding) {
        inUse.readLock().lock();
        try {
            if (stopped) {
                throw new Stopped();
            }
            return embedding.get();
        } finally {
            inUse.readLock().unlock();
        }
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /*
     * Loading the model takes about a second and 90 MB of native memory, so it happens on first use (see ModelFiles).
     * Work runs on the caller's thread: the caller (a managed executor in the server) decides how much of the machine
     * embedding may take.
     */
    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = ModelFiles.load();
                    model = loaded;
                }
            }
        }
        return loaded;
    }
}
