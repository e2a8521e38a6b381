package org.openprocure.bid.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openprocure.bid.sealing.ShamirSecretSharing.Share;

/** The quorum rule in arithmetic: any k of the committee's n shares rebuild the tender key, fewer reveal nothing. */
class ShamirSecretSharingTest {

    private final SecureRandom random = SeededRandom.seeded(4);
    private final ShamirSecretSharing sharing = new ShamirSecretSharing(random);

    @Test
    void everyQuorumUpToSevenMembersRebuildsTheSecretAndEverySmallerGroupDoesNot() {
        for (int n = 2; n <= 7; n++) {
            for (int k = 2; k <= n; k++) {
                byte[] secret = SeededRandom.bytes(random, 32);
                List<Share> shares = sharing.split(secret, k, n);
                assertEquals(n, shares.size());
                for (int members = 1; members < 1 << n; members++) {
                    List<Share> present = subset(shares, members);
                    if (present.size() >= k) {
                        assertArrayEquals(secret, ShamirSecretSharing.combine(present),
                                k + " of " + n + ", shares " + present);
                    } else if (present.size() >= 2) {
                        assertFalse(Arrays.equals(secret, ShamirSecretSharing.combine(present)),
                                k + " of " + n + ", only " + present.size() + " shares " + present);
                    }
                }
            }
        }
    }

    @Test
    void everyThreeOfFiveSharesGiveTheSecretWhateverTheirOrder() {
        byte[] secret = "the tender key".getBytes();
        List<Share> shares = sharing.split(secret, 3, 5);
        int quorums = 0;
        for (int a = 0; a < 5; a++) {
            for (int b = a + 1; b < 5; b++) {
                for (int c = b + 1; c < 5; c++) {
                    assertArrayEquals(secret, ShamirSecretSharing.combine(
                            List.of(shares.get(c), shares.get(a), shares.get(b))));
                    quorums++;
                }
            }
        }
        assertEquals(10, quorums);
    }

    @Test
    void sharesAreNumberedFromOneAndAsLongAsTheSecret() {
        List<Share> shares = sharing.split(new byte[] {42}, 2, 255);
        for (int i = 0; i < shares.size(); i++) {
            assertEquals(i + 1, shares.get(i).index());
            assertEquals(1, shares.get(i).value().length);
        }
        assertArrayEquals(new byte[] {42}, ShamirSecretSharing.combine(List.of(shares.get(0), shares.get(254))));
    }

    @Test
    void oneShareOfTwoLeavesEverySecretByteEquallyPossible() {
        List<Share> held = new ShamirSecretSharing(SeededRandom.seeded(9)).split(new byte[] {(byte) 0xA7}, 2, 3);
        // For each candidate secret, count the polynomials (one per coefficient) that deal each member's very share.
        int[][] ways = new int[3][256];
        for (int coefficient = 0; coefficient < 256; coefficient++) {
            ShamirSecretSharing dealer = new ShamirSecretSharing(constant(coefficient));
            for (int candidate = 0; candidate < 256; candidate++) {
                List<Share> dealt = dealer.split(new byte[] {(byte) candidate}, 2, 3);
                for (int member = 0; member < 3; member++) {
                    if (dealt.get(member).equals(held.get(member))) {
                        ways[member][candidate]++;
                    }
                }
            }
        }
        for (int member = 0; member < 3; member++) {
            for (int candidate = 0; candidate < 256; candidate++) {
                assertEquals(1, ways[member][candidate], "share " + (member + 1) + ", candidate secret " + candidate);
            }
        }
    }

    @Test
    void theSameShareGivenTwiceCountsOnce() {
        byte[] secret = SeededRandom.bytes(random, 32);
        List<Share> shares = sharing.split(secret, 2, 3);
        Share first = shares.get(0);
        Share copyOfFirst = new Share(first.index(), first.value());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ShamirSecretSharing.combine(List.of(first, copyOfFirst)));
        assertEquals("at least 2 distinct shares are needed, got 1", refused.getMessage());
        assertArrayEquals(secret, ShamirSecretSharing.combine(List.of(first, shares.get(2), copyOfFirst)));
    }

    @Test
    void combineRefusesWhatCannotComeFromOneSplit() {
        List<Share> shares = sharing.split(SeededRandom.bytes(random, 16), 2, 3);
        Share first = shares.get(0);
        Share second = shares.get(1);

        assertRefused("at least 2 distinct shares are needed, got 0", List.of());
        assertRefused("at least 2 distinct shares are needed, got 1", List.of(first));
        assertRefused("a share cannot have index 0: x = 0 is where the secret lies",
                List.of(first, new Share(0, second.value())));
        assertRefused("shares of different lengths (16 and 15 bytes) do not come from the same split",
                List.of(first, new Share(2, Arrays.copyOf(second.value(), 15))));
        assertRefused("two different shares claim index 2: at most one of them comes from this split",
                List.of(first, second, new Share(2, shares.get(2).value())));
    }

    @Test
    void splitRefusesAThresholdOrCommitteeThatCannotWork() {
        byte[] secret = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> sharing.split(secret, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> sharing.split(secret, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> sharing.split(secret, 2, 256));
        assertThrows(IllegalArgumentException.class, () -> sharing.split(new byte[0], 2, 3));
    }

    @Test
    void aShareIsComparedByValueAndNeverShowsItInText() {
        byte[] value = HexFormat.of().parseHex("c0ffee");
        Share share = new Share(3, value);
        value[0] = 0;

        assertEquals(new Share(3, HexFormat.of().parseHex("c0ffee")), share);
        assertEquals(new Share(3, HexFormat.of().parseHex("c0ffee")).hashCode(), share.hashCode());
        assertNotEquals(new Share(4, HexFormat.of().parseHex("c0ffee")), share);
        assertNotEquals(new Share(3, HexFormat.of().parseHex("c0ffef")), share);
        assertEquals("Share[index=3, 3 bytes]", share.toString());
        share.value()[0] = 0;
        assertEquals("c0ffee", HexFormat.of().formatHex(share.value()), "a share cannot be changed from outside");
    }

    @Test
    void differentSplitsOfTheSameSecretDealDifferentShares() {
        byte[] secret = SeededRandom.bytes(random, 32);
        List<Share> once = sharing.split(secret, 2, 3);
        List<Share> again = sharing.split(secret, 2, 3);
        for (int i = 0; i < 3; i++) {
            assertNotEquals(once.get(i), again.get(i));
        }
        assertTrue(Arrays.equals(secret, ShamirSecretSharing.combine(List.of(once.get(0), once.get(1)))));
        assertFalse(Arrays.equals(secret, ShamirSecretSharing.combine(List.of(once.get(0), again.get(1)))),
                "shares of two splits do not mix");
    }

    private static void assertRefused(String reason, List<Share> shares) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ShamirSecretSharing.combine(shares));
        assertEquals(reason, refused.getMessage());
    }

    private static List<Share> subset(List<Share> shares, int members) {
        List<Share> present = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            if ((members & 1 << i) != 0) {
                present.add(shares.get(i));
            }
        }
        return present;
    }

    /** A "random" source that deals one chosen coefficient, to enumerate every polynomial a split could pick. */
    private static SecureRandom constant(int coefficient) {
        return new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) coefficient);
            }
        };
    }
}
