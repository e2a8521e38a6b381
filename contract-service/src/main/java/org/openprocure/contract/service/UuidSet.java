package org.openprocure.contract.service;

import java.util.UUID;

/**
 * A set of UUIDs in two {@code long} arrays (open addressing, linear probing): 16 bytes a slot, at most twice
 * as many slots as ids, against some 80 bytes an id in a {@code HashSet<UUID>}. For the rebuild, which keeps
 * every event id of the history while it loads. Not thread-safe.
 */
final class UuidSet {

    private static final double MAX_LOAD = 0.75;

    private long[] high;
    private long[] low;
    private boolean[] used;
    private int size;
    private int mask;

    UuidSet() {
        this(1 << 16);
    }

    UuidSet(int initialSlots) {
        int slots = Integer.highestOneBit(Math.max(16, initialSlots - 1) << 1);
        allocate(slots);
    }

    /** A set with room for {@code expected} ids before it grows (at most 2^30 slots). */
    static UuidSet forExpected(long expected) {
        return new UuidSet((int) Math.min(1L << 30, (long) (expected / MAX_LOAD) + 1));
    }

    private void allocate(int slots) {
        high = new long[slots];
        low = new long[slots];
        used = new boolean[slots];
        mask = slots - 1;
    }

    /** Adds the id; true when it was not there yet. */
    boolean add(UUID id) {
        if (size + 1 > MAX_LOAD * used.length) {
            grow();
        }
        if (insert(id.getMostSignificantBits(), id.getLeastSignificantBits())) {
            size++;
            return true;
        }
        return false;
    }

    boolean contains(UUID id) {
        long h = id.getMostSignificantBits();
        long l = id.getLeastSignificantBits();
        for (int slot = slot(h, l); used[slot]; slot = (slot + 1) & mask) {
            if (high[slot] == h && low[slot] == l) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    private boolean insert(long h, long l) {
        int slot = slot(h, l);
        while (used[slot]) {
            if (high[slot] == h && low[slot] == l) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        high[slot] = h;
        low[slot] = l;
        return true;
    }

    private int slot(long h, long l) {
        // Random UUIDs are random in most bits already; the mix spreads ids that are not.
        long x = h * 0x9E3779B97F4A7C15L ^ l;
        x ^= x >>> 32;
        x *= 0xD6E8FEB86659FD93L;
        x ^= x >>> 32;
        return (int) x & mask;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        allocate(oldUsed.length << 1);
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                insert(oldHigh[i], oldLow[i]);
            }
        }
    }
}
