package org.openprocure.portal.rest;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;

import org.apache.http.entity.mime.HttpMultipartMode;

/** Browsers post the portal's UTF-8 forms in UTF-8; REST Assured defaults to ISO-8859-1 unless told. */
final class Utf8Forms {

    private Utf8Forms() {
    }

    static void install() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig()
                        .defaultContentCharset("UTF-8")
                        .defaultCharsetForContentType("UTF-8", "application/x-www-form-urlencoded"))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));
    }
}
