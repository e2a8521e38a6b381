package org.openprocure.portal.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the integrity pages: the public "Report wrongdoing" form and follow-up, the auditors' inbox and
 * report. In {@code messages/integrity.properties} (English) and {@code messages/integrity_<lang>.properties};
 * templates use them as {@code integrity:}.
 */
@MessageBundle("integrity")
public interface IntegrityMessages {

    String footerLink();

    String navInbox();

    String reportTitle();

    String reportIntro();

    String guarantees();

    String signedInNote();

    String subjectLegend();

    String subjectTypeLabel();

    String subjectType(String type);

    String subjectIdLabel();

    String subjectIdHint();

    String categoryLabel();

    String category(String category);

    String descriptionLabel();

    String descriptionHint();

    String attachmentsLegend();

    String attachmentsHint();

    String attachmentLabel(int number);

    String attachmentUnreadable();

    String submit();

    String followUpLink();

    String reportLink();

    String reportThisTender();

    String reportThisContract();

    String receiptTitle();

    String receiptIntro();

    String referenceLabel();

    String codeLabel();

    String codeHint();

    String writeItDown();

    String codeExplained();

    String followUpTitle();

    String followUpIntro();

    String openReport();

    String wrongCode();

    String tooMany();

    String serviceUnavailable();

    String required();

    String statusLabel();

    String status(String status);

    String receivedOnLabel();

    String conversationHeading();

    String noMessages();

    String from(String from);

    String replyHeading();

    String messageLabel();

    String sendMessage();

    String messageSent();

    String closedNoMessages();

    String inboxTitle();

    String allStatuses();

    String filter();

    String inboxUnavailable();

    String inboxEmpty();

    String messagesLabel();

    String total(long total);

    String previous();

    String next();

    String reportHeading(String reference);

    String backToInbox();

    String done(String step);

    String replyLabel();

    String replyHint();

    String sendReply();

    String triageHeading();

    String newStatusLabel();

    String noteLabel();

    String noteHint();

    String setStatus();

    String finalStatus();
}
