package org.openprocure.systemtests.hostile;

import org.openprocure.systemtests.endpoints.Endpoint;

/**
 * One hostile request.
 *
 * @param endpoint    the endpoint it is aimed at
 * @param caller      the demo user whose token or session it carries, or null for nobody
 * @param target      the path with its variables filled in (percent-encoded) and the query string
 * @param contentType the Content-Type header, or null for none
 * @param body        the body's bytes, or null for none
 * @param what        what is wrong with it, for the failure message
 * @param names       a word the refusal must contain (the field that is wrong), or null
 */
record Probe(Endpoint endpoint, String caller, String target, String contentType, byte[] body, String what,
        String names) {

    String describe() {
        return endpoint.application() + " " + endpoint.method() + " " + abbreviate(target) + " as "
                + (caller == null ? "anonymous" : caller) + " [" + what + "]";
    }

    static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...(" + text.length() + " chars)";
    }
}
