package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.Change;
import org.openprocure.portal.client.NoticeVersionSummary;

/** One version of a notice with its changes; {@code changes} is null when they could not be fetched. */
public record VersionEntry(NoticeVersionSummary summary, List<Change> changes) {
}
