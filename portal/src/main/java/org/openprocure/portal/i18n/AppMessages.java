package org.openprocure.portal.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text the portal shows. The texts live in {@code messages/msg.properties} (English,
 * the default) and {@code messages/msg_<lang>.properties}; templates use them as {@code msg:}.
 */
@MessageBundle
public interface AppMessages {

    String appName();

    String tagline();

    String skipToContent();

    String mainNavigation();

    String navNotices();

    String login();

    String logout();

    String account();

    String role(String role);

    String footer();

    String noticesTitle();

    String noticesIntro();

    String noticesEmpty();

    String noticesUnavailable();

    String noticesPageOutOfRange();

    String noticesFirstPage();

    String noticeCount(long total);

    String buyer();

    String procurementMethodLabel();

    String procurementMethod(String code);

    String categoryLabel();

    String category(String code);

    String estimatedValue();

    String valueNotStated();

    String submissionDeadline();

    String utc();

    String ocid();

    String pagination();

    String previousPage();

    String nextPage();

    String pageStatus(int page, int pages);

    String notFoundTitle();

    String notFoundText();

    String forbiddenTitle();

    String forbiddenText();

    String errorTitle();

    String errorText();

    String refusedTitle();

    String refusedMalformed();

    String refusedMethod();

    String refusedTooLarge();

    String refusedTooLargeBy(String sent, String limit);

    String refusedMediaType();

    String backToNotices();

    String navOfficerTenders();

    String stageLabel();

    String stage(String code);

    String searchNotices();

    String searchText();

    String searchCpv();

    String searchCpvHint();

    String searchStatus();

    String searchAnyStatus();

    String searchDeadlineFrom();

    String searchDeadlineTo();

    String searchValueMin();

    String searchValueMax();

    String searchSort();

    String sortOrder(String code);

    String search();

    String clearSearch();

    String noticesNoMatch();

    String formRefused();

    String reasonLabel();

    String tenderCancelled();

    String rationaleLabel();

    String bidValidity();

    String days(Integer days);

    String noticeVersionLabel();

    String publishedAt();

    String descriptionHeading();

    String scheduleHeading();

    String consultationPeriod();

    String enquiryDeadline();

    String openingDate();

    String lotsHeading();

    String lotCancelled();

    String itemsHeading();

    String cpv();

    String awardCriteriaHeading();

    String awardCriteria(String code);

    String criterionType(String code);

    String weight(String weight);

    String committeeHeading();

    String committeeThreshold(Object threshold, int members);

    String documentsHeading();

    String noDocuments();

    String noticePdf();

    String consultationReportPdf();

    String documentType(String code);

    String versionsHeading();

    String noVersions();

    String versionTitle(int version, String label);

    String emptyValue();

    String partUnavailable();

    String commentsHeading();

    String commentSent();

    String commentFormHeading();

    String commentFormHint();

    String commentText();

    String commentTarget();

    String targetWholeDraft();

    String targetWholeTender();

    String targetSections();

    String targetLots();

    String section(String code);

    String commentAuthorLegend();

    String commentAuthorHint();

    String commentName();

    String commentOrganisation();

    String sendComment();

    String consultationClosed();

    String noComments();

    String commentNumber(Object number);

    String anonymous();

    String about();

    String commentHidden();

    String commentHiddenFromPublic();

    String buyersAnswer();

    String resolution(String code);

    String notAnsweredYet();

    String enquiriesHeading();

    String questionSent();

    String questionFormHeading();

    String questionFormHint();

    String questionText();

    String questionTarget();

    String sendQuestion();

    String loginToAsk();

    String enquiriesClosed();

    String noEnquiries();

    String enquiryNumber(Object number);

    String errorCommentText();

    String errorQuestion();

    String errorTarget();

    String errorNumber();

    String errorWholeNumber();

    String errorDate();

    String errorDateTime();

    String errorReason();

    String errorAnswer();

    String errorResolution();

    String errorDocumentTitle();

    String errorDocumentFile();

    String officerTendersTitle();

    String officerTendersIntro();

    String officerTendersUnavailable();

    String officerTendersEmpty();

    String draftNewTender();

    String untitled();

    String ocidNotYetAssigned();

    String createdAt();

    String tally(long total, long unanswered);

    String tenderFormTitle(String mode);

    String tenderFormSubmit(String mode);

    String tenderFormIntro();

    String amendmentLegend();

    String amendmentReason();

    String reconfirmLabel();

    String reconfirmAuto();

    String reconfirmYes();

    String reconfirmNo();

    String tenderLegend();

    String titleLabel();

    String rationaleHint();

    String choose();

    String currencyLabel();

    String currencyHint();

    String awardCriteriaLabel();

    String criteriaHint();

    String criterionNumber(Integer number);

    String criterionName();

    String criterionTypeLabel();

    String criterionWeight();

    String lotsHint();

    String lotNumber(int number);

    String lotTitle();

    String lotDescription();

    String lotEstimatedValue();

    String itemNumber(int lot, int item);

    String itemDescription();

    String itemQuantity();

    String itemUnit();

    String itemUnitHint();

    String itemCpv();

    String itemCpvHint();

    String scheduleHint();

    String consultationEndLabel();

    String consultationEndHint();

    String bidValidityDaysLabel();

    String committeeHint();

    String committeeThresholdLabel();

    String memberNumber(int number);

    String memberUsername();

    String memberName();

    String cancelAndGoBack();

    String officerDone(String step);

    String summaryHeading();

    String publicPage();

    String editDraft();

    String amendTender();

    String openConsultationHeading();

    String openConsultationHint();

    String consultationEndOptional();

    String openConsultation();

    String publishHeading();

    String publishHint();

    String publish();

    String uploadHeading();

    String documentTitle();

    String documentFile();

    String documentFileHint();

    String upload();

    String answerCommentHeading(Object number);

    String resolutionLabel();

    String answerLabel();

    String sendAnswer();

    String hideCommentHeading(Object number);

    String hideReason();

    String hideComment();

    String answerEnquiryHeading(Object number);

    String answerEnquiryHint();

    String cancelHeading();

    String cancelHint();

    String cancelLotHeading(String lot);

    String cancelReason();

    String cancelLot();

    String cancelTenderHeading();

    String cancelTender();

    String refusedBelow();

    String signInUnavailableTitle();

    String signInUnavailableText();
}
