package org.openprocure.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openprocure.contract.domain.ContractRuleViolation;
import org.openprocure.contract.domain.ContractRules;
import org.openprocure.contract.domain.ContractValueChange;

/** The cumulative change of a contract's value against the awarded value. */
class ContractValueChangeTest {

    @Test
    void anIncreaseIsMeasuredAgainstTheAwardedValue() {
        ContractValueChange change = ContractValueChange.against(new BigDecimal("61800.00"), new BigDecimal("67980.00"));
        assertEquals(new BigDecimal("6180.00"), change.amount());
        assertEquals(new BigDecimal("10.00"), change.percent());
    }

    @Test
    void aReductionIsNegative() {
        ContractValueChange change = ContractValueChange.against(new BigDecimal("61800.00"), new BigDecimal("55620.00"));
        assertEquals(new BigDecimal("-6180.00"), change.amount());
        assertEquals(new BigDecimal("-10.00"), change.percent());
    }

    @Test
    void noChangeIsZero() {
        ContractValueChange change = ContractValueChange.against(new BigDecimal("61800.00"), new BigDecimal("61800.00"));
        assertEquals(new BigDecimal("0.00"), change.amount());
        assertEquals(new BigDecimal("0.00"), change.percent());
    }

    @Test
    void thePercentIsRoundedHalfEvenToTwoDecimals() {
        // 1/3 of a percent: 0.3333… → 0.33
        assertEquals(new BigDecimal("0.33"),
                ContractValueChange.against(new BigDecimal("300.00"), new BigDecimal("301.00")).percent());
        // 0.125 % → 0.12 (half to even), 0.375 % → 0.38
        assertEquals(new BigDecimal("0.12"),
                ContractValueChange.against(new BigDecimal("800.00"), new BigDecimal("801.00")).percent());
        assertEquals(new BigDecimal("0.38"),
                ContractValueChange.against(new BigDecimal("800.00"), new BigDecimal("803.00")).percent());
        // -0.125 % → -0.12
        assertEquals(new BigDecimal("-0.12"),
                ContractValueChange.against(new BigDecimal("800.00"), new BigDecimal("799.00")).percent());
    }

    @Test
    void twoAmendmentsAddUpAgainstTheAwardNotAgainstEachOther() {
        BigDecimal awarded = new BigDecimal("61800.00");
        assertEquals(new BigDecimal("5.00"), ContractValueChange.against(awarded, new BigDecimal("64890.00")).percent());
        assertEquals(new BigDecimal("10.00"), ContractValueChange.against(awarded, new BigDecimal("67980.00")).percent());
    }

    @Test
    void anAwardedValueMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> ContractValueChange.against(BigDecimal.ZERO, new BigDecimal("10.00")));
    }

    @Test
    void amountsArePositiveWithAtMostTwoDecimalsInTheContractsCurrency() {
        assertEquals("value.amount", assertThrows(ContractRuleViolation.class,
                () -> ContractRules.amount("value", new BigDecimal("-1"), "EUR", "EUR")).field());
        assertEquals("value.amount", assertThrows(ContractRuleViolation.class,
                () -> ContractRules.amount("value", new BigDecimal("1.001"), "EUR", "EUR")).field());
        assertEquals("value.currency", assertThrows(ContractRuleViolation.class,
                () -> ContractRules.amount("value", new BigDecimal("1.00"), "USD", "EUR")).field());
        ContractRules.amount("value", new BigDecimal("1.500"), "EUR", "EUR");
    }
}
