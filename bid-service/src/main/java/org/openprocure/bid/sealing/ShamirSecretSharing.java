package org.openprocure.bid.sealing;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Shamir's secret sharing over GF(2^8): the tender's private key is split among the opening committee so that any
 * k members together can rebuild it and fewer cannot.
 *
 * <p>Each byte of the secret is the constant term of its own polynomial of degree k−1 whose other coefficients are
 * drawn uniformly at random; share {@code x} (1..n) holds every polynomial's value at {@code x}. Fewer than k shares
 * reveal <em>nothing</em> about the secret, whatever computing power is spent: for every candidate secret there is
 * exactly one polynomial through those shares, so each candidate is equally likely. This is information-theoretic,
 * not a matter of a hard problem, provided the coefficients come from a cryptographically strong random source.
 *
 * <p>{@link #combine} cannot tell whether it was given k shares: with fewer it returns a wrong secret, not an error.
 * Callers check the result, e.g. that a rebuilt tender key matches the tender's public key
 * ({@link TenderKeys#rawPublicKeyOf}).
 */
public final class ShamirSecretSharing {

    /** The share at x = 0 would be the secret itself, and x-coordinates are bytes. */
    public static final int MAX_SHARES = 255;

    private final SecureRandom random;

    public ShamirSecretSharing(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * One committee member's share: the x-coordinate {@code index} (1..255) and the polynomials' values there, one
     * byte per byte of the secret. Compared by value; {@link #toString()} never shows the value.
     */
    public record Share(int index, byte[] value) {

        public Share {
            if (index < 0 || index > MAX_SHARES) {
                throw new IllegalArgumentException("a share index is a byte (0..255), got " + index);
            }
            Objects.requireNonNull(value, "value");
            if (value.length == 0) {
                throw new IllegalArgumentException("a share of an empty secret carries nothing");
            }
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Share share && index == share.index && Arrays.equals(value, share.value);
        }

        @Override
        public int hashCode() {
            return 31 * index + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Share[index=" + index + ", " + value.length + " bytes]";
        }
    }

    /**
     * Splits the secret into {@code shares} shares with x-coordinates 1..shares, any {@code threshold} of which
     * rebuild it.
     */
    public List<Share> split(byte[] secret, int threshold, int shares) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length == 0) {
            throw new IllegalArgumentException("there is nothing to split in an empty secret");
        }
        if (threshold < 2) {
            throw new IllegalArgumentException("a threshold below 2 would let one member open alone, got "
                    + threshold);
        }
        if (shares < threshold || shares > MAX_SHARES) {
            throw new IllegalArgumentException("need threshold <= shares <= " + MAX_SHARES + ", got threshold "
                    + threshold + " and " + shares + " shares");
        }
        byte[][] values = new byte[shares][secret.length];
        byte[] coefficients = new byte[threshold];
        for (int position = 0; position < secret.length; position++) {
            // Uniform coefficients, zero included: forcing a non-zero top coefficient would leak about the secret.
            random.nextBytes(coefficients);
            coefficients[0] = secret[position];
            for (int x = 1; x <= shares; x++) {
                values[x - 1][position] = (byte) evaluate(coefficients, x);
            }
        }
        Arrays.fill(coefficients, (byte) 0);
        List<Share> result = new ArrayList<>(shares);
        for (int x = 1; x <= shares; x++) {
            result.add(new Share(x, values[x - 1]));
            Arrays.fill(values[x - 1], (byte) 0);
        }
        return List.copyOf(result);
    }

    /**
     * Rebuilds the secret from at least two distinct shares by Lagrange interpolation at x = 0. The same share given
     * twice counts once.
     *
     * @throws IllegalArgumentException if fewer than two distinct shares are given, a share has index 0, the shares'
     *     lengths differ, or two different shares claim the same index; the message never shows a share's value
     */
    public static byte[] combine(Collection<Share> shares) {
        Objects.requireNonNull(shares, "shares");
        TreeMap<Integer, Share> byIndex = new TreeMap<>();
        int length = -1;
        for (Share share : shares) {
            Objects.requireNonNull(share, "a share is missing");
            if (share.index() == 0) {
                throw new IllegalArgumentException("a share cannot have index 0: x = 0 is where the secret lies");
            }
            if (length != -1 && share.value.length != length) {
                throw new IllegalArgumentException("shares of different lengths (" + length + " and "
                        + share.value.length + " bytes) do not come from the same split");
            }
            length = share.value.length;
            Share earlier = byIndex.putIfAbsent(share.index(), share);
            if (earlier != null && !earlier.equals(share)) {
                throw new IllegalArgumentException("two different shares claim index " + share.index()
                        + ": at most one of them comes from this split");
            }
        }
        if (byIndex.size() < 2) {
            throw new IllegalArgumentException("at least 2 distinct shares are needed, got " + byIndex.size());
        }
        int[] xs = byIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<Share> distinct = List.copyOf(byIndex.values());
        byte[] secret = new byte[length];
        for (int i = 0; i < xs.length; i++) {
            int basisAtZero = lagrangeBasisAtZero(xs, i);
            byte[] y = distinct.get(i).value;
            for (int position = 0; position < length; position++) {
                secret[position] ^= (byte) Gf256.multiply(y[position] & 0xFF, basisAtZero);
            }
        }
        return secret;
    }

    /** Π over j ≠ i of x_j / (x_j − x_i); subtraction is XOR in GF(2^8). Indexes are public, only y is secret. */
    private static int lagrangeBasisAtZero(int[] xs, int i) {
        int basis = 1;
        for (int j = 0; j < xs.length; j++) {
            if (j != i) {
                basis = Gf256.multiply(basis, Gf256.multiply(xs[j], Gf256.inverse(xs[j] ^ xs[i])));
            }
        }
        return basis;
    }

    /** Horner's rule, from the highest coefficient down. */
    private static int evaluate(byte[] coefficients, int x) {
        int value = 0;
        for (int degree = coefficients.length - 1; degree >= 0; degree--) {
            value = Gf256.multiply(value, x) ^ (coefficients[degree] & 0xFF);
        }
        return value;
    }
}
