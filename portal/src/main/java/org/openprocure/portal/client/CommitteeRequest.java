package org.openprocure.portal.client;

import java.util.List;

/** The evaluation committee the officer names: user names unique, exactly one chair. */
public record CommitteeRequest(List<Member> members) {

    public record Member(String username, String name, boolean chair) {
    }
}
