package org.openprocure.portal.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.openprocure.portal.view.RequestLocale;

/** The messages in the page's language, for the few texts Java writes itself (the portal's own form checks). */
@RequestScoped
public class RequestMessages {

    @Inject
    RequestLocale locale;

    public AppMessages get() {
        return MessageBundles.get(AppMessages.class, Localized.Literal.of(locale.tag()));
    }

    public BidMessages bids() {
        return MessageBundles.get(BidMessages.class, Localized.Literal.of(locale.tag()));
    }

    public EvaluationMessages evaluation() {
        return MessageBundles.get(EvaluationMessages.class, Localized.Literal.of(locale.tag()));
    }

    public ContractMessages contracts() {
        return MessageBundles.get(ContractMessages.class, Localized.Literal.of(locale.tag()));
    }

    public AuditorMessages auditor() {
        return MessageBundles.get(AuditorMessages.class, Localized.Literal.of(locale.tag()));
    }
}
