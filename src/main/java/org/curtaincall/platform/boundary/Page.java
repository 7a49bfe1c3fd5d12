package org.curtaincall.platform.boundary;

import java.util.List;

/** One page of a longer list, with the total so that a client can page on. Pages count from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    public static int clampSize(int size) {
        return Math.max(1, Math.min(MAX_SIZE, size));
    }
}
