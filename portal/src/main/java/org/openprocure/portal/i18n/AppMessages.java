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

    String backToNotices();
}
