package org.openprocure.contract.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidSetTest {

    @Test
    void behavesAsAHashSetThroughManyGrowths() {
        Random random = new Random(7);
        UuidSet set = new UuidSet(16);
        Set<UUID> reference = new HashSet<>();
        List<UUID> added = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            // Every tenth id is one seen before; some differ from another only in one half.
            UUID id = i % 10 == 9 ? added.get(random.nextInt(added.size()))
                    : i % 10 == 8 ? new UUID(added.get(random.nextInt(added.size())).getMostSignificantBits(), i)
                    : new UUID(random.nextLong(), random.nextLong());
            assertEquals(reference.add(id), set.add(id), "id " + i);
            added.add(id);
        }
        assertEquals(reference.size(), set.size());
        for (UUID id : reference) {
            assertTrue(set.contains(id));
        }
        assertFalse(set.contains(new UUID(1, 2)));
    }

    @Test
    void idsThatAreNotRandomStillFindTheirPlace() {
        UuidSet set = new UuidSet();
        assertTrue(set.add(new UUID(0, 0)));
        for (long i = 1; i < 50_000; i++) {
            assertTrue(set.add(new UUID(0, i)));
            assertTrue(set.add(new UUID(i, 0)));
        }
        assertFalse(set.add(new UUID(0, 49_999)));
        assertFalse(set.add(new UUID(0, 0)));
        assertEquals(1 + 2 * 49_999, set.size());
    }

    @Test
    void aSetSizedForItsIdsHoldsThemAll() {
        UuidSet set = UuidSet.forExpected(1_000);
        for (long i = 0; i < 1_000; i++) {
            assertTrue(set.add(new UUID(i, -i)));
        }
        assertEquals(1_000, set.size());
        assertTrue(set.contains(new UUID(999, -999)));
        assertEquals(0, UuidSet.forExpected(0).size());
    }
}
