package org.openprocure.events.evaluation;

import java.util.List;

/**
 * An officer of the buyer named the tender's evaluation committee, replacing any committee named before:
 * evaluators by user name and display name, exactly one of them the chair. Members are public officials;
 * their names go on the evaluation report.
 */
public record CommitteeAssigned(String tenderId, List<Member> members) {

    public record Member(String username, String name, boolean chair) {
    }
}
