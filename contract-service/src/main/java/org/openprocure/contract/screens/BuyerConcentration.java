package org.openprocure.contract.screens;

/**
 * Supplier concentration of one buyer's awarded value.
 *
 * @param hhi            Herfindahl–Hirschman index Σ sᵢ² with sᵢ the supplier's share in percent, 0–10 000
 * @param topSupplierId  supplier with the largest share (first by id on a tie)
 * @param topSharePercent that supplier's share in percent
 */
public record BuyerConcentration(String buyerId, String currency, int supplierCount, double hhi,
                                 String topSupplierId, double topSharePercent) {
}
