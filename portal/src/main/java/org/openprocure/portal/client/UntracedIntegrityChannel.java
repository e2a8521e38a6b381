package org.openprocure.portal.client;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * The integrity channel's calls, each outside the visitor's trace. A page's calls to the services
 * otherwise carry its trace id on; here that id would tie the report to the visitor's request in the
 * portal's and the proxies' logs, so each call starts from no trace at all.
 */
@ApplicationScoped
public class UntracedIntegrityChannel implements IntegrityReportClient {

    private final IntegrityReportClient channel;

    UntracedIntegrityChannel(@RestClient IntegrityReportClient channel) {
        this.channel = channel;
    }

    @Override
    public IntegrityReports.Receipt report(IntegrityReports.NewReport report) {
        return untraced(() -> channel.report(report));
    }

    @Override
    public IntegrityReports.FollowUp followUp(IntegrityReports.Code code) {
        return untraced(() -> channel.followUp(code));
    }

    @Override
    public IntegrityReports.FollowUp write(IntegrityReports.ReporterMessage message) {
        return untraced(() -> channel.write(message));
    }

    private static <T> T untraced(Supplier<T> call) {
        try (Scope none = Context.root().makeCurrent()) {
            return call.get();
        }
    }
}
