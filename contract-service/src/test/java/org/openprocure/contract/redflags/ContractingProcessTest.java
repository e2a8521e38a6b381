package org.openprocure.contract.redflags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openprocure.contract.redflags.Releases.award;
import static org.openprocure.contract.redflags.Releases.bid;
import static org.openprocure.contract.redflags.Releases.json;
import static org.openprocure.contract.redflags.Releases.process;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContractingProcessTest {

    @Test
    void submittedBidsExcludeInvitedWithdrawnAndStatuslessBids() {
        var process = new ContractingProcess(process("ocds-1", "",
                bid("invited", "A", 1), bid("withdrawn", "B", 2), bid("pending", "C", 3),
                bid("valid", "D", 4), bid("disqualified", "E", 5), "{'tenderers':[{'id':'F'}]}"));
        assertEquals(3, process.submittedBids().size());
    }

    @Test
    void aPendingAwardMeansAwardsAreNotFinal() {
        assertFalse(new ContractingProcess(process("ocds-1", award("active", "A") + "," + award("pending", "B")))
                .allAwardsFinal());
        assertTrue(new ContractingProcess(process("ocds-1",
                award("active", "A") + "," + award("cancelled", "B") + "," + award("unsuccessful", "C")))
                .allAwardsFinal());
        // An award without a status does not block.
        assertTrue(new ContractingProcess(process("ocds-1", "{'suppliers':[{'id':'A'}]}")).allAwardsFinal());
        // No awards at all: nothing to assess.
        assertFalse(new ContractingProcess(json("{'ocid':'ocds-1','bids':{'details':[]}}")).allAwardsFinal());
    }

    @Test
    void singleWinnerNeedsExactlyOneActiveAwardWithOneSupplier() {
        assertEquals(Optional.of("A"),
                new ContractingProcess(process("o", award("active", "A") + "," + award("cancelled", "B"))).singleWinner());
        assertEquals(Optional.empty(),
                new ContractingProcess(process("o", award("active", "A") + "," + award("active", "B"))).singleWinner());
        assertEquals(Optional.empty(), new ContractingProcess(
                process("o", "{'status':'active','suppliers':[{'id':'A'},{'id':'B'}]}")).singleWinner());
    }
}
