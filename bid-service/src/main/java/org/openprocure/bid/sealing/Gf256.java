package org.openprocure.bid.sealing;

/**
 * Arithmetic in GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1.
 *
 * <p>Multiplication is computed bit by bit with masks instead of log/exp tables, so the time taken and the memory
 * touched do not depend on the secret bytes being multiplied.
 */
final class Gf256 {

    private static final int REDUCTION = 0x11B;

    private Gf256() {
    }

    static int multiply(int a, int b) {
        int product = 0;
        for (int bit = 0; bit < 8; bit++) {
            product ^= -(b & 1) & a;
            b >>>= 1;
            int overflow = -((a >>> 7) & 1);
            a = ((a << 1) ^ (overflow & REDUCTION)) & 0xFF;
        }
        return product;
    }

    /** a^254, which is a^-1 because the multiplicative group has order 255. */
    static int inverse(int a) {
        if (a == 0) {
            throw new ArithmeticException("0 has no inverse in GF(2^8)");
        }
        int result = 1;
        int power = a;
        for (int exponent = 254; exponent > 0; exponent >>>= 1) {
            if ((exponent & 1) == 1) {
                result = multiply(result, power);
            }
            power = multiply(power, power);
        }
        return result;
    }
}
