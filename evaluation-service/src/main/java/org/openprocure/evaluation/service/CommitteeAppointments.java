package org.openprocure.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openprocure.evaluation.CommitteeMember;
import org.openprocure.evaluation.Declaration;
import org.openprocure.events.EventTypes;
import org.openprocure.events.evaluation.CommitteeAssigned;
import org.openprocure.events.evaluation.ConflictOfInterestDeclared;
import org.openprocure.support.outbox.EventOutbox;
import org.openprocure.support.problem.ProblemException;
import org.openprocure.support.security.CurrentUser;

/** The officer names the committee; each member declares, once, about every bidder. */
@ApplicationScoped
public class CommitteeAppointments {

    private final EntityManager em;
    private final EventOutbox outbox;
    private final Clock clock;

    CommitteeAppointments(EntityManager em, EventOutbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<CommitteeAssigned.Member> nameCommittee(String ocid, Requests.Committee request, CurrentUser officer) {
        EvaluationAccess.requireOfficer(officer);
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, officer);
        List<CommitteeAssigned.Member> members = validCommittee(request);
        EvaluationAccess.requireOpen(dossier);
        if (!dossier.awards.isEmpty() || !dossier.outcomes.isEmpty()) {
            throw ProblemException.conflict("The committee of " + ocid + " made its first proposal; it can no longer"
                    + " be changed.");
        }
        CommitteeMember.delete("key.ocid", ocid);
        em.flush();
        for (int i = 0; i < members.size(); i++) {
            CommitteeAssigned.Member m = members.get(i);
            CommitteeMember member = new CommitteeMember();
            member.key = new CommitteeMember.Key(ocid, m.username());
            member.name = m.name();
            member.chair = m.chair();
            member.position = i;
            member.persist();
        }
        outbox.append(EventTypes.COMMITTEE_ASSIGNED, ocid, dossier.evaluation.aggregateId, officer.actor("officer"),
                new CommitteeAssigned(dossier.evaluation.tenderId, members));
        return members;
    }

    private static List<CommitteeAssigned.Member> validCommittee(Requests.Committee request) {
        if (request == null || request.members() == null || request.members().isEmpty()) {
            throw ProblemException.badRequest("members", "name at least one member");
        }
        List<CommitteeAssigned.Member> members = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (int i = 0; i < request.members().size(); i++) {
            Requests.Committee.Member m = request.members().get(i);
            String at = "members[" + i + "]";
            if (m == null) {
                throw ProblemException.badRequest(at, "a member is an object with username, name and chair");
            }
            if (m.username() == null || m.username().isBlank()) {
                throw ProblemException.badRequest(at + ".username", "the member's user name is required");
            }
            if (m.name() == null || m.name().isBlank()) {
                throw ProblemException.badRequest(at + ".name", "the member's name is required");
            }
            if (!usernames.add(m.username().strip())) {
                throw ProblemException.badRequest(at + ".username", m.username() + " is named twice");
            }
            members.add(new CommitteeAssigned.Member(m.username().strip(), m.name().strip(),
                    Boolean.TRUE.equals(m.chair())));
        }
        long chairs = members.stream().filter(CommitteeAssigned.Member::chair).count();
        if (chairs != 1) {
            throw ProblemException.badRequest("members", "exactly one member chairs the committee; " + chairs
                    + " are named chair");
        }
        return members;
    }

    @Transactional
    public ConflictOfInterestDeclared declare(String ocid, Requests.Declarations request, CurrentUser evaluator) {
        Dossier dossier = EvaluationAccess.forWriting(em, ocid, evaluator);
        CommitteeMember member = EvaluationAccess.requireMember(dossier, evaluator);
        EvaluationAccess.requireOpened(dossier);
        Map<String, String> bidders = dossier.bidders();
        if (request == null || request.declarations() == null) {
            throw ProblemException.badRequest("declarations", "declare about every bidder: " + bidders.keySet());
        }
        List<ConflictOfInterestDeclared.Declaration> declarations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.declarations().size(); i++) {
            Requests.Declarations.Declaration d = request.declarations().get(i);
            String at = "declarations[" + i + "]";
            if (d == null || d.bidderId() == null || !bidders.containsKey(d.bidderId())) {
                throw ProblemException.badRequest(at + ".bidderId", "not a bidder of this tender; the bidders are "
                        + bidders.keySet());
            }
            if (!seen.add(d.bidderId())) {
                throw ProblemException.badRequest(at + ".bidderId", d.bidderId() + " is declared about twice");
            }
            if (d.conflictOfInterest() == null) {
                throw ProblemException.badRequest(at + ".conflictOfInterest", "say true or false");
            }
            String statement = d.statement() == null || d.statement().isBlank() ? null : d.statement().strip();
            if (d.conflictOfInterest() && statement == null) {
                throw ProblemException.badRequest(at + ".statement", "a conflict of interest needs a statement");
            }
            declarations.add(new ConflictOfInterestDeclared.Declaration(d.bidderId(), bidders.get(d.bidderId()),
                    d.conflictOfInterest(), statement));
        }
        List<String> undeclared = bidders.keySet().stream().filter(b -> !seen.contains(b)).toList();
        if (!undeclared.isEmpty()) {
            throw ProblemException.badRequest("declarations", "declare about every bidder; missing " + undeclared);
        }
        if (dossier.declared(member.username())) {
            throw ProblemException.conflict(member.username() + " declared at "
                    + dossier.declarations.get(member.username()).declaredAt + "; a declaration is made once.");
        }
        boolean recused = declarations.stream().anyMatch(ConflictOfInterestDeclared.Declaration::conflictOfInterest);
        Declaration declaration = new Declaration();
        declaration.key = new CommitteeMember.Key(ocid, member.username());
        declaration.recused = recused;
        declaration.declarations = TenderTerms.json(declarations);
        declaration.declaredAt = clock.instant();
        declaration.persist();
        ConflictOfInterestDeclared declared = new ConflictOfInterestDeclared(dossier.evaluation.tenderId,
                member.username(), member.name, declarations, recused);
        outbox.append(EventTypes.CONFLICT_OF_INTEREST_DECLARED, ocid, dossier.evaluation.aggregateId,
                evaluator.actor("evaluator"), declared);
        return declared;
    }
}
