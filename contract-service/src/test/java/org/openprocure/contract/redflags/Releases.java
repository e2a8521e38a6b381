package org.openprocure.contract.redflags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helper: parses a compiled release written as JSON with single quotes for readability. */
final class Releases {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Releases() {
    }

    static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String bid(String status, String tenderer, double amount) {
        return "{'status':'" + status + "','tenderers':[{'id':'" + tenderer + "'}],'value':{'amount':" + amount
                + ",'currency':'USD'}}";
    }

    static String award(String status, String supplier) {
        return "{'status':'" + status + "','suppliers':[{'id':'" + supplier + "'}]}";
    }

    static JsonNode process(String ocid, String awards, String... bids) {
        return json("{'ocid':'" + ocid + "','tender':{'status':'complete','procurementMethod':'open'},'awards':["
                + awards + "],'bids':{'details':[" + String.join(",", bids) + "]}}");
    }
}
