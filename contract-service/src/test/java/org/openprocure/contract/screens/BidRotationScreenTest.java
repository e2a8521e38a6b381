package org.openprocure.contract.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BidRotationScreenTest {

    private static LotParticipation lot(String id, String winner, String... bidders) {
        return new LotParticipation(id, Set.of(bidders), winner);
    }

    @Test
    void pairThatTakesTurnsIsFlagged() {
        // A and B bid together on l1, l2, l3, l4 (4 ≥ 3); A wins l1, l3; B wins l2; C wins l4.
        // → A+B: shared 4, wins 2 and 1 → flagged.
        // A+C and B+C share l4 and l1 (C bid on l1 and l4): 2 < 3 → not flagged.
        List<LotParticipation> lots = List.of(lot("l1", "A", "A", "B", "C"), lot("l2", "B", "A", "B"),
                lot("l3", "A", "A", "B"), lot("l4", "C", "A", "B", "C"));
        List<ScreenResult> flags = new BidRotationScreen().screen(lots);
        assertEquals(1, flags.size());
        ScreenResult f = flags.get(0);
        assertEquals("BID_ROTATION_PAIR", f.code());
        assertEquals("A+B", f.subject());
        assertEquals(4.0, f.evidence().get("sharedLots"));
        assertEquals(2.0, f.evidence().get("winsFirst"));
        assertEquals(1.0, f.evidence().get("winsSecond"));
        assertEquals("shared lots ≥ 3 and each firm won ≥ 1 of them", f.threshold());
    }

    @Test
    void frequentCoBiddersWhereOneAlwaysWinsAreNotRotation() {
        // A and B share 3 lots, A wins all: B never won → no alternation.
        List<LotParticipation> lots = List.of(lot("l1", "A", "A", "B"), lot("l2", "A", "A", "B"),
                lot("l3", "A", "A", "B"));
        assertEquals(List.of(), new BidRotationScreen().screen(lots));
    }

    @Test
    void minimumSharedLotsIsConfigurable() {
        // A and B share 2 lots, each wins one: below default 3, flagged with N = 2.
        List<LotParticipation> lots = List.of(lot("l1", "A", "A", "B"), lot("l2", "B", "A", "B"));
        assertEquals(List.of(), new BidRotationScreen().screen(lots));
        assertEquals(1, new BidRotationScreen(2).screen(lots).size());
    }

    @Test
    void unawardedLotsCountAsSharedButNotAsWins() {
        // l3 not awarded: shared 3, wins A 1, B 1 → flagged.
        List<LotParticipation> lots = List.of(lot("l1", "A", "A", "B"), lot("l2", "B", "A", "B"),
                lot("l3", null, "A", "B"));
        assertEquals(1, new BidRotationScreen().screen(lots).size());
    }

    @Test
    void winnerMustHaveBid() {
        assertThrows(IllegalArgumentException.class, () -> lot("l1", "Z", "A", "B"));
    }

    @Test
    void firmIdsMayContainThePlusSign() {
        // "X+Y" and "Z" share l1..l3, each wins at least once → one flag naming both firms whole.
        List<LotParticipation> lots = List.of(lot("l1", "X+Y", "X+Y", "Z"), lot("l2", "Z", "X+Y", "Z"),
                lot("l3", "Z", "X+Y", "Z"));
        List<ScreenResult> flags = new BidRotationScreen().screen(lots);
        assertEquals(1, flags.size());
        assertEquals(1.0, flags.get(0).evidence().get("winsFirst"));
        assertEquals(2.0, flags.get(0).evidence().get("winsSecond"));
        assertEquals("X+Y and Z bid against each other on 3 lots and took turns winning (1 and 2 wins); "
                + "rotating wins among regular co-bidders can indicate bid rotation.", flags.get(0).explanation());
    }
}
