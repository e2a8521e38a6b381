package org.openprocure.portal.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the bid pages: bids and receipts, key cards, the opening and its public record. In
 * {@code messages/bids.properties} (English) and {@code messages/bids_<lang>.properties}; templates
 * use them as {@code bids:}. A bundle of its own keeps each bundle's generated resolver small.
 */
@MessageBundle("bids")
public interface BidMessages {

    String navMyBids();

    String navKeyCards();

    String bidHeading();

    String bidDone(String step);

    String bidsUnavailable();

    String bidsCancelled();

    String bidsOpenUntil();

    String serverTimeNow();

    String bidsClosedAt();

    String openingRecordLink();

    String ownBidUnavailable();

    String yourBidHeading();

    String bidIdLabel();

    String bidVersionLabel();

    String bidLotsLabel();

    String receiptReceivedAt();

    String noCurrentBid();

    String latestReceiptHeading();

    String allYourBids();

    String submitBidHeading();

    String submitBid();

    String replaceBidHeading();

    String replaceBid();

    String withdrawBidHeading();

    String withdrawBidHint();

    String withdrawBid();

    String loginToBid();

    String receiptKindLabel();

    String receiptKind(String kind);

    String envelopeSha256Label();

    String signatureLabel();

    String receiptJsonSummary();

    String receiptJsonHint();

    String downloadReceipt();

    String bidPricesLegend();

    String bidPricesHint();

    String bidCurrency();

    String bidCurrencyHint();

    String bidAnswersLegend();

    String bidDocumentsLegend();

    String bidDocumentsHint();

    String bidDocumentTitle(int number);

    String bidDocumentFile(int number);

    String errorBidCurrency();

    String errorBidAmount();

    String errorBidLots();

    String errorBidDocumentFile();

    String errorReceiptMissing();

    String errorReceiptJson();

    String errorCardMissing();

    String myBidsTitle();

    String myBidsIntro();

    String myBidsUnavailable();

    String myBidsEmpty();

    String bidStateLabel();

    String bidCurrentVersion(int version);

    String bidWithdrawnState();

    String receiptsHeading();

    String keyCardsTitle();

    String keyCardsIntro();

    String keyCardsUnavailable();

    String keyCardsEmpty();

    String keyCardLabel();

    String keyCardCollectedAt();

    String keyCardNotCollected();

    String openingLabel();

    String openedAtText();

    String cardHandedIn();

    String notOpenedYet();

    String collectWarning();

    String collectKeyCard();

    String openingPageLink();

    String keyCardTitle();

    String keyCardShownOnce();

    String keyCardKeepSafe(int threshold, int holders);

    String keyCardHolder();

    String keyCardIndex();

    String keyFingerprint();

    String keyCardTextHeading();

    String keyCardTextHint();

    String downloadKeyCard();

    String backToKeyCards();

    String openingTitle();

    String openingDoneOpened();

    String openingDoneHandedIn();

    String openingProgress(int sharesIn, int threshold);

    String handedInBy();

    String handInHeading();

    String handInHint();

    String handInCard();

    String openingAfterDeadline();

    String openingRecordTitle();

    String bidsStillSealed();

    String openedAtLabel();

    String openedBy();

    String bidCountLabel();

    String openedBidsHeading();

    String noBidsOpened();

    String unreadableBid();

    String problemLabel();

    String bidderIdLabel();

    String reconfirmedLabel();

    String yes();

    String reconfirmedNo();

    String checkReceiptHeading();

    String checkReceiptHint();

    String receiptSignatureValid();

    String receiptSignatureInvalid();

    String receiptOnRecord(String bidder);

    String receiptNotOnRecord();

    String receiptOfDecoy();

    String keyHoldersHeading();

    String keyHoldersHint(int threshold, int holders);

    String keyHolderCollected();

    String decoysHeading();

    String decoysExplained(int count);

    String receiptRecordNotYet();

    String receiptJsonLabel();

    String checkReceipt();
}
