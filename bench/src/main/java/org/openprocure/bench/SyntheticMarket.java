package org.openprocure.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up public procurement market, the same for the same seed: buyers that each buy in a few CPV
 * divisions, suppliers that each sell in one or two (a few in many), and the items each division buys.
 * Some suppliers bid far more often than others, as in real markets.
 */
final class SyntheticMarket {

    /** A CPV division (first two digits of the code) with real codes of it and its procurement category. */
    record Division(String code, String category, List<Cpv> items) {
    }

    record Cpv(String id, String description, String unit) {
    }

    record Party(String id, String name) {
    }

    static final List<Division> DIVISIONS = List.of(
            new Division("45", "works", List.of(new Cpv("45233252-0", "Surface work for streets", "m2"),
                    new Cpv("45233221-4", "Road-surface painting work", "km"),
                    new Cpv("45214200-2", "Construction work for school buildings", "lot"),
                    new Cpv("45453000-7", "Overhaul and refurbishment work", "lot"))),
            new Division("33", "goods", List.of(new Cpv("33141110-4", "Dressings", "box"),
                    new Cpv("33183100-7", "Orthopaedic implants", "unit"),
                    new Cpv("33690000-3", "Various medicinal products", "pack"))),
            new Division("30", "goods", List.of(new Cpv("30213100-6", "Portable computers", "unit"),
                    new Cpv("30192000-1", "Office supplies", "lot"))),
            new Division("34", "goods", List.of(new Cpv("34144900-7", "Electric vehicles", "unit"),
                    new Cpv("34121000-1", "Buses and coaches", "unit"))),
            new Division("50", "services", List.of(
                    new Cpv("50232000-0", "Maintenance services of public-lighting installations", "month"))),
            new Division("72", "services", List.of(
                    new Cpv("72212000-4", "Programming services of application software", "day"),
                    new Cpv("72500000-0", "Computer-related services", "month"))),
            new Division("79", "services", List.of(new Cpv("79530000-8", "Translation services", "page"),
                    new Cpv("79713000-5", "Guard services", "hour"))),
            new Division("90", "services", List.of(new Cpv("90911200-8", "Building-cleaning services", "month"),
                    new Cpv("90511000-2", "Refuse collection services", "month"))),
            new Division("09", "goods", List.of(new Cpv("09134100-8", "Diesel oil", "l"),
                    new Cpv("09310000-5", "Electricity", "MWh"))),
            new Division("15", "goods", List.of(new Cpv("15800000-6", "Miscellaneous food products", "kg"))),
            new Division("71", "services", List.of(new Cpv("71322000-1", "Engineering design services", "lot"))),
            new Division("80", "services", List.of(new Cpv("80533100-0", "Computer training services", "day"))),
            new Division("85", "services", List.of(new Cpv("85143000-3", "Ambulance services", "month"))),
            new Division("60", "services", List.of(
                    new Cpv("60130000-8", "Special-purpose road passenger-transport services", "km"))),
            new Division("44", "goods", List.of(new Cpv("44113620-7", "Asphalt", "t"))),
            new Division("39", "goods", List.of(new Cpv("39160000-1", "School furniture", "unit"))),
            new Division("48", "goods", List.of(new Cpv("48000000-8", "Software package and information systems", "licence"))),
            new Division("55", "services", List.of(new Cpv("55523100-3", "School-meal services", "meal"))),
            new Division("66", "services", List.of(new Cpv("66510000-8", "Insurance services", "year"))),
            new Division("77", "services", List.of(
                    new Cpv("77310000-6", "Planting and maintenance services of green areas", "m2"))));

    private static final List<String> PLACES = List.of("Northvale", "Eastbrook", "Harbourton", "Kraśnik", "Oldmere",
            "Saint-Aubin", "Westford", "Lindgård", "Ferreira do Sul", "Zielona Łąka", "Brightwater", "Dunmore",
            "Almaviva", "Koivula", "Ribeira", "Stonebridge", "Vallée-Verte", "Höhenstein", "Marisol", "Ashcombe");
    private static final List<String> BUYER_KINDS = List.of("City Council", "County Council", "Hospital Trust",
            "School District", "Water Board", "Transport Authority", "University", "Police Service");
    private static final List<String> SUPPLIER_WORDS = List.of("Acme", "Borealis", "Zieliński", "Nordic", "Atlas",
            "Vertex", "Helios", "Kestrel", "Mosaic", "Orion", "Pioneer", "Quantum", "Riverside", "Summit", "Tessera",
            "Unity", "Vanguard", "Willow", "Xenon", "Yellowstone", "Zenith", "Aurora", "Beacon", "Cobalt");
    private static final List<String> SUPPLIER_FORMS = List.of("Ltd", "SA", "GmbH", "sp. z o.o.", "BV", "Oy", "SRL",
            "AB", "Lda", "plc");

    final List<Party> buyers = new ArrayList<>();
    /** Per buyer, the indexes into {@link #DIVISIONS} it buys in. */
    final List<int[]> buyerDivisions = new ArrayList<>();
    /** Central purchasing bodies that run some buyers' procedures. */
    final List<Party> procuringEntities = new ArrayList<>();
    /** Per division, the suppliers selling in it, the most active first. */
    final List<List<Party>> sellers = new ArrayList<>();

    SyntheticMarket(Random random, int buyerCount, int supplierCount) {
        for (int i = 0; i < buyerCount; i++) {
            String place = PLACES.get(random.nextInt(PLACES.size()));
            buyers.add(new Party(String.format("buyer-%04d", i + 1),
                    place + " " + BUYER_KINDS.get(random.nextInt(BUYER_KINDS.size())) + " " + (i + 1)));
            int[] divisions = new int[2 + random.nextInt(4)];
            for (int d = 0; d < divisions.length; d++) {
                divisions[d] = skewed(random, DIVISIONS.size());
            }
            buyerDivisions.add(divisions);
        }
        for (int i = 0; i < 12; i++) {
            procuringEntities.add(new Party(String.format("cpb-%02d", i + 1),
                    PLACES.get(i % PLACES.size()) + " Central Purchasing Body"));
        }
        for (int d = 0; d < DIVISIONS.size(); d++) {
            sellers.add(new ArrayList<>());
        }
        for (int i = 0; i < supplierCount; i++) {
            Party supplier = new Party(String.format("supplier-%05d", i + 1),
                    SUPPLIER_WORDS.get(random.nextInt(SUPPLIER_WORDS.size())) + " "
                            + PLACES.get(random.nextInt(PLACES.size())) + " "
                            + SUPPLIER_FORMS.get(random.nextInt(SUPPLIER_FORMS.size())) + " #" + (i + 1));
            // Most sell in one or two divisions; about one in fifty is a generalist in five to eight.
            int divisions = random.nextInt(50) == 0 ? 5 + random.nextInt(4) : 1 + random.nextInt(2);
            for (int d = 0; d < divisions; d++) {
                List<Party> pool = sellers.get(skewed(random, DIVISIONS.size()));
                if (!pool.contains(supplier)) {
                    pool.add(supplier);
                }
            }
        }
        for (List<Party> pool : sellers) {
            if (pool.isEmpty()) {
                pool.add(new Party("supplier-00000", "Sole Trader of Last Resort Ltd"));
            }
        }
    }

    /** A supplier of the division: the first ones of its list far more often (Zipf-like). */
    Party bidder(Random random, int division) {
        List<Party> pool = sellers.get(division);
        return pool.get(skewed(random, pool.size()));
    }

    /** An index below n, small ones more likely: about n·u² for uniform u. */
    static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }
}
