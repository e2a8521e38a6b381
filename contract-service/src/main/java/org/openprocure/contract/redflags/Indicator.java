package org.openprocure.contract.redflags;

/** One Cardinal red-flag indicator, evaluated process by process. */
public interface Indicator {

    /** Cardinal's code, e.g. "R018". */
    String code();

    /** Adds this indicator's flags for one (non-skipped) process to the results. */
    void evaluate(ContractingProcess process, String ocid, RedFlags flags);

    /** Called once after all processes, for indicators that compare processes with each other. */
    default void finish(RedFlags flags) {
    }
}
