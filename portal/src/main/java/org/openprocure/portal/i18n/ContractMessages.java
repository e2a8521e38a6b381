package org.openprocure.portal.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the contract pages: the contracts and the process timeline on a tender's page, a contract's
 * page with the officer's forms, and the officer's list. In {@code messages/contracts.properties} (English) and
 * {@code messages/contracts_<lang>.properties}; templates use them as {@code contracts:}. A bundle of its own
 * keeps each bundle's generated resolver small.
 */
@MessageBundle("contracts")
public interface ContractMessages {

    String navContracts();

    String contractsHeading();

    String contractsUnavailable();

    String contractHeading();

    String contractStatus(String status);

    String statusLabel();

    String supplierLabel();

    String valueLabel();

    String awardValueLabel();

    String lotLabel();

    String cumulativeChangeLabel();

    String periodLabel();

    String periodEndLabel();

    String dateSignedLabel();

    String notSigned();

    String totalPaidLabel();

    String nothingPaid();

    String signedDocument();

    String summaryPdf();

    String backToTender();

    String backToMyContracts();

    String terminatedEarly();

    String completedOn();

    String done(String step);

    String amendmentsHeading();

    String amendmentNumber(Object number);

    String noAmendments();

    String milestonesHeading();

    String milestoneStatus(String status);

    String noMilestones();

    String paymentsHeading();

    String paymentsCaption();

    String paymentDateLabel();

    String amountLabel();

    String milestoneLabel();

    String noMilestone();

    String descriptionLabel();

    String noPayments();

    String signHeading();

    String dateSignedHint();

    String signedValueLabel(String currency);

    String amountHint();

    String startDateLabel();

    String endDateLabel();

    String documentTitleLabel();

    String documentTitleHint();

    String signedPdfLabel();

    String signedPdfHint();

    String signSubmit();

    String stepsHeading();

    String paymentHeading();

    String amountInLabel(String currency);

    String paymentSubmit();

    String milestoneHeading();

    String milestoneIdLabel();

    String milestoneIdHint();

    String milestoneTitleLabel();

    String dueDateLabel();

    String milestoneStatusLabel();

    String dateMetLabel();

    String dateMetHint();

    String milestoneSubmit();

    String amendHeading();

    String amendReasonLabel();

    String newValueLabel(String currency);

    String newValueHint();

    String newEndDateLabel();

    String amendSubmit();

    String completeHeading();

    String completionDateLabel();

    String completeSubmit();

    String terminateHeading();

    String terminationDateLabel();

    String terminationReasonLabel();

    String terminateSubmit();

    String errorRequired();

    String errorDate();

    String errorAmount();

    String errorFile();

    String errorAmendNothing();

    String officerContractsTitle();

    String officerContractsIntro();

    String officerContractsEmpty();

    String timelineHeading();

    String timelineIntro();

    String timelineUnavailable();

    String lastUpdated();

    String ocdsRecordLink();

    String releaseTag(String tag);
}
