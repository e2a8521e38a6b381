package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** OCDS OrganizationReference: the buyer as named on the notice. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganizationReference(String id, String name) {
}
