package org.openprocure.portal.view;

import java.util.List;

import org.openprocure.portal.client.EvaluationOverview;

/** An evaluator's evaluations: the tenders whose committee it sits on ({@code evaluations} null when unavailable). */
public record MyEvaluationsPage(List<EvaluationOverview> evaluations) {
}
