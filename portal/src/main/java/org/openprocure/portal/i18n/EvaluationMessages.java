package org.openprocure.portal.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the evaluation pages: the committee, declarations, qualification, scores, rankings, the
 * chair's decisions, a bidder's result and the public award. In {@code messages/evaluation.properties}
 * (English) and {@code messages/evaluation_<lang>.properties}; templates use them as {@code evaluation:}.
 * A bundle of its own keeps each bundle's generated resolver small.
 */
@MessageBundle("evaluation")
public interface EvaluationMessages {

    String navMyEvaluations();

    String myEvaluationsTitle();

    String myEvaluationsIntro();

    String myEvaluationsEmpty();

    String evaluationsUnavailable();

    String evaluationTitle();

    String evaluationStatusLabel();

    String evaluationStatus(String status);

    String mySeatLabel();

    String chair();

    String memberDeclared();

    String memberRecused();

    String memberNotDeclared();

    String committeeHeading();

    String committeeNone();

    String evaluationUnavailable();

    String committeeFormHeading();

    String committeeFormHint();

    String chairLabel();

    String committeeSubmit();

    String notOnCommittee();

    String recusedNotice();

    String notOpenedYet();

    String declareHeading();

    String declareHint();

    String noConflict();

    String conflict();

    String statementLabel();

    String statementHint();

    String declareSubmit();

    String bidsHeading();

    String qualificationHeading(String lot);

    String qualified();

    String disqualified();

    String notQualifiedYet();

    String decidedBy(String who);

    String documentsReliedOn();

    String qualifyHeading();

    String qualificationLegend();

    String qualificationReason();

    String qualifySubmit();

    String yourScoresHeading();

    String scoreOutOf(String score, String maximum);

    String submittedAt();

    String allScoresHeading();

    String scoresWaiting(int count);

    String evaluatorColumn();

    String criterionColumn();

    String scoreColumn();

    String reasonColumn();

    String scoreHeading();

    String scoreHint();

    String scoreLabel(String maximum);

    String scoreReason();

    String scoreSubmit();

    String lotsHeading();

    String lotStatus(String status);

    String rankingStatus(String status);

    String missingHeading();

    String rankingCaption(String lot);

    String rankColumn();

    String bidderColumn();

    String priceColumn();

    String priceScoreColumn();

    String qualityScoreColumn();

    String totalColumn();

    String excludedHeading();

    String abnormallyLowHeading();

    String lowStage(String stage);

    String justificationLabel();

    String requestJustification();

    String decideJustificationHeading();

    String decisionLegend();

    String acceptJustification();

    String rejectJustification();

    String decideSubmit();

    String proposedAwardHeading();

    String supplierLabel();

    String valueLabel();

    String awardStatusLabel();

    String awardStatus(String status);

    String proposedAtLabel();

    String standstillEndsLabel();

    String confirmedAtLabel();

    String complaintsHeading();

    String complaintNumber(int number);

    String complaintDecision(String decision);

    String decideComplaintHeading();

    String confirmHint();

    String confirmAward();

    String proposeHint();

    String proposeAward();

    String done(String step);

    String resultHeading();

    String resultDone(String step);

    String resultUnavailable();

    String qualificationLabel();

    String disqualificationReasonLabel();

    String rankLabel();

    String rankOf(Integer rank, Integer of);

    String notRanked();

    String abnormallyLowYours();

    String justificationRequestedAt();

    String yourJustification();

    String justificationAccepted();

    String justificationRejected();

    String justifyHeading();

    String justifyHint();

    String justifySubmit();

    String awardOfLot();

    String yourBid();

    String complainHeading();

    String complainHint();

    String complaintLabel();

    String complainSubmit();

    String awardHeading();

    String awardUnavailable();

    String stillEvaluating();

    String reportPdf();

    String noticePdf();

    String errorConflictChoice(String bidder);

    String errorStatement(String bidder);

    String errorQualifiedChoice();

    String errorReasonMissing();

    String errorScoreMissing(String criterion);

    String errorScoreNumber(String criterion);

    String errorScoreReason(String criterion);

    String errorDecisionChoice();

    String errorTextMissing();

    String errorCommitteeEmpty();

    String errorMemberUsername();

    String errorMemberName();

    String errorChair();
}
