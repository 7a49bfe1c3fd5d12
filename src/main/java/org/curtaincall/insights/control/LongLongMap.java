package org.curtaincall.insights.control;

/**
 * A map from long to long in flat arrays (open addressing, linear probing): the hundreds of thousands of kudos ids
 * and pairs a year of kudos brings are kept without an object each, so counting them creates no garbage.
 */
final class LongLongMap {

    /** What {@link #forEach} hands each entry to. */
    interface Entry {
        void accept(long key, long value);
    }

    private long[] keys;
    private long[] values;
    private boolean[] filled;
    private int size;

    LongLongMap() {
        allocate(64);
    }

    int size() {
        return size;
    }

    long get(long key, long absent) {
        int slot = find(key);
        return filled[slot] ? values[slot] : absent;
    }

    void put(long key, long value) {
        int slot = find(key);
        if (!filled[slot]) {
            claim(slot, key);
            slot = find(key);
        }
        values[slot] = value;
    }

    void add(long key, long delta) {
        int slot = find(key);
        if (!filled[slot]) {
            claim(slot, key);
            slot = find(key);
        }
        values[slot] += delta;
    }

    void forEach(Entry each) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (filled[slot]) {
                each.accept(keys[slot], values[slot]);
            }
        }
    }

    /** The slot holding {@code key}, or the empty slot where it belongs. */
    private int find(long key) {
        int mask = keys.length - 1;
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
        while (filled[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void claim(int slot, long key) {
        keys[slot] = key;
        values[slot] = 0;
        filled[slot] = true;
        size++;
        // At most half full, so that probes stay short.
        if (size * 2 > keys.length) {
            long[] oldKeys = keys;
            long[] oldValues = values;
            boolean[] oldFilled = filled;
            allocate(keys.length * 2);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldFilled[i]) {
                    int moved = find(oldKeys[i]);
                    keys[moved] = oldKeys[i];
                    values[moved] = oldValues[i];
                    filled[moved] = true;
                }
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new long[capacity];
        filled = new boolean[capacity];
    }
}
