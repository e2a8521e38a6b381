package org.openprocure.contract.screens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recurrent co-bidding with alternating winners, the classic sign of bid rotation (OECD, "Guidelines
 * for Fighting Bid Rigging in Public Procurement", 2009): a pair of firms that bid together on at
 * least N lots (default 3) where each firm of the pair won at least one of those shared lots.
 */
public final class BidRotationScreen {

    public static final String CODE = "BID_ROTATION_PAIR";
    public static final int DEFAULT_MINIMUM_SHARED_LOTS = 3;

    private final int minimumSharedLots;

    public BidRotationScreen() {
        this(DEFAULT_MINIMUM_SHARED_LOTS);
    }

    public BidRotationScreen(int minimumSharedLots) {
        if (minimumSharedLots < 1) {
            throw new IllegalArgumentException("minimum shared lots must be at least 1");
        }
        this.minimumSharedLots = minimumSharedLots;
    }

    /** Flags per pair in order of their ids; the subject reads "a+b" with a before b. */
    public List<ScreenResult> screen(List<LotParticipation> lots) {
        // per pair (first, second in id order): shared lots, wins of the first firm, wins of the second firm
        Map<List<String>, int[]> pairs = new TreeMap<>(
                Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
        for (LotParticipation lot : lots) {
            List<String> bidders = new ArrayList<>(new TreeSet<>(lot.bidderIds()));
            for (int i = 0; i < bidders.size(); i++) {
                for (int j = i + 1; j < bidders.size(); j++) {
                    int[] c = pairs.computeIfAbsent(List.of(bidders.get(i), bidders.get(j)), k -> new int[3]);
                    c[0]++;
                    if (bidders.get(i).equals(lot.winnerId())) {
                        c[1]++;
                    } else if (bidders.get(j).equals(lot.winnerId())) {
                        c[2]++;
                    }
                }
            }
        }
        List<ScreenResult> flags = new ArrayList<>();
        pairs.forEach((pair, c) -> {
            if (c[0] < minimumSharedLots || c[1] < 1 || c[2] < 1) {
                return;
            }
            String first = pair.get(0);
            String second = pair.get(1);
            Map<String, Double> evidence = new LinkedHashMap<>();
            evidence.put("sharedLots", (double) c[0]);
            evidence.put("winsFirst", (double) c[1]);
            evidence.put("winsSecond", (double) c[2]);
            flags.add(new ScreenResult(CODE, first + "+" + second, String.format(Locale.ROOT,
                    "%s and %s bid against each other on %d lots and took turns winning (%d and %d wins); "
                            + "rotating wins among regular co-bidders can indicate bid rotation.",
                    first, second, c[0], c[1], c[2]), evidence,
                    "shared lots ≥ " + minimumSharedLots + " and each firm won ≥ 1 of them"));
        });
        return flags;
    }
}
