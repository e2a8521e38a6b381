package org.openprocure.portal.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the auditor's pages: the dashboard, the drill-down lists, a process with its verified timeline,
 * the buyer and supplier profiles. In {@code messages/auditor.properties} (English) and
 * {@code messages/auditor_<lang>.properties}; templates use them as {@code auditor:}.
 */
@MessageBundle("auditor")
public interface AuditorMessages {

    String navDashboard();

    String dashboardTitle();

    String dashboardIntro();

    String auditorLinks();

    String filtersLabel();

    String buyerIdLabel();

    String buyerIdHint();

    String supplierIdLabel();

    String fromLabel();

    String toLabel();

    String monthLabel();

    String monthHint();

    String cpvLabel();

    String cpvHeader();

    String methodLabel();

    String methodHint();

    String statusLabel();

    String codeLabel();

    String codeHint();

    String ocidLabel();

    String sourceLabel();

    String minValueLabel();

    String maxValueLabel();

    String sortLabel();

    String sortOrder(String sort);

    String singleBidFilter();

    String anyBids();

    String onlySingleBid();

    String applyFilters();

    String clearFilters();

    String pagination();

    String pageOutOfRange();

    String firstPage();

    String awardsTitle();

    String redFlagsTitle();

    String processesTitle();

    String integrityReports();

    String auditReportHeading();

    String auditReportIntro();

    String auditReportSubmit();

    String spendHeading();

    String spendCaption();

    String spendLabel();

    String monthHeader();

    String currencyHeader();

    String amountHeader();

    String awardsHeader();

    String noSpend();

    String singleBidHeading();

    String singleBidCaption();

    String processesRow();

    String withBidsRow();

    String singleBidRow();

    String competitiveRow();

    String singleBidShareRow();

    String flagsHeading();

    String flagsCaption(long processesFlagged, long processes);

    String flagsUnavailable();

    String codeHeader();

    String indicatorHeader();

    String flagCountHeader();

    String noFlags();

    String computedAt();

    String concentrationHeading();

    String concentrationCaption();

    String buyerHeader();

    String hhiHeader();

    String topSupplierHeader();

    String topShareHeader();

    String noConcentration();

    String chartSpendLabel();

    String chartSingleBidLabel();

    String chartFlagsLabel();

    String chartConcentrationLabel();

    String singleBidSlice();

    String competitiveSlice();

    String processCount(long total);

    String flagCount(long total);

    String awardCount(long total);

    String noProcesses();

    String noRedFlags();

    String noAwardsFound();

    String processHeader();

    String valueHeader();

    String biddersHeader();

    String publishedHeader();

    String awardedHeader();

    String lotHeader();

    String supplierHeader();

    String dateHeader();

    String confirmedHeader();

    String downloadCsv();

    String subjectHeader();

    String subjectType(String type);

    String flagValueHeader();

    String thresholdHeader();

    String sourceHeader();

    String evidenceHeading();

    String method(String method);

    String awardStatus(String status);

    String summaryHeading();

    String publicPage();

    String lastEventHeader();

    String awardsHeading();

    String noAwards();

    String noRedFlagsForProcess();

    String timelineHeading();

    String timelineIntro();

    String securityCount(long count);

    String securityMark();

    String brokenMark();

    String eventHeader();

    String timeHeader();

    String producerHeader();

    String sequenceHeader();

    String hashHeader();

    String chainIntact(int events);

    String chainBroken(Object event, Object sequence, String reason);

    String chainUnknown();

    String eventType(String type);

    String buyerIntro();

    String nonOpenShareLabel();

    String byMethodHeading();

    String suppliersHeading();

    String winsHeader();

    String shareHeader();

    String noSuppliers();

    String supplierIntro();

    String bidsLabel();

    String winRateLabel();

    String awardedValueLabel();

    String buyersHeading();

    String shareOfBuyerHeader();

    String noBuyers();

    String proceduresHeading();

    String errorDate();

    String errorMonth();

    String errorPeriod();

    String errorPage();

    String errorSize();

    String errorAmount();

    String errorValueRange();

    String errorSingleBid();

    String errorCpv();

    String errorCurrency();

    String errorSort();
}
