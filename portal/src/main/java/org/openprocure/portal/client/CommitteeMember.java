package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A member of the opening committee, by Keycloak username and display name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommitteeMember(String username, String name) {
}
