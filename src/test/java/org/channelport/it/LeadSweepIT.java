package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.channelport.it.LeadFixture.LEADS;
import static org.channelport.it.LeadFixture.count;
import static org.channelport.it.LeadFixture.describe;
import static org.channelport.it.LeadFixture.erp;
import static org.channelport.it.LeadFixture.holder;
import static org.channelport.it.LeadFixture.lead;
import static org.channelport.it.LeadFixture.post;
import static org.channelport.it.LeadFixture.rows;
import static org.channelport.it.LeadFixture.status;
import static org.channelport.it.LeadFixture.update;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The SLA sweep, black box (rules L10, L12, L13, L15 of the leads charter): reminders before the acceptance deadline,
 * recall of leads not accepted in time, each exactly once however many sweepers run at the same moment (two API calls
 * at the same moment; the test servers run no sweep timer), an acceptance racing the recall, and the recall of a
 * suspended partner's leads. Deadlines are moved into the past with JDBC instead of waiting for them.
 *
 * <p>Fixtures (once, in a real browser): three partners located in a country no other test uses (San Marino, SM, on a
 * fresh database; the next unused one of the class's list on a later run against the same database) - a retailer
 * A, an agent B and a distributor C with an API credential each - and three routing rules tried in this order:
 * <ol>
 *   <li>R0: the country's leads with a postal code starting "SUSP" go to distributors (C): the suspension test's;</li>
 *   <li>R1: the country's leads go to retailers: every other new lead of this class goes to A;</li>
 *   <li>R2: the country's leads go to agents: a lead recalled from (or declined by) A goes to B.</li>
 * </ol>
 * So where a lead must be is known in advance, whatever the order of the tests.
 */
class LeadSweepIT {
    /** This class's countries (no other test class uses them); each run takes the first one nobody uses yet. */
    private static final String[] COUNTRIES = {"SM", "AD", "EE", "VA", "AX", "SJ", "PM", "TC", "FK", "NF"};
    private static String country;

    private static PartnerFixture.Partner a;
    private static PartnerFixture.Partner b;
    private static PartnerFixture.Partner c;
    private static PartnerFixture.Credential aCredential;
    private static PartnerFixture.Credential cCredential;
    private static String firstRule;
    private static String fallbackRule;
    private static String suspensionRule;

    @BeforeAll
    static void threePartnersInAnUnusedCountryAndThreeRules() {
        Mailbox.server();
        country = LeadFixture.freshCountry(COUNTRIES);
        String managerToken;
        a = PartnerFixture.onboard("RETAILER", country);
        b = PartnerFixture.onboard("AGENT", country);
        c = PartnerFixture.onboard("DISTRIBUTOR", country);
        aCredential = PartnerFixture.createApiCredential(a);
        cCredential = PartnerFixture.createApiCredential(c);
        managerToken = PartnerFixture.personToken("manager", "demo");
        var t = LeadFixture.token();
        suspensionRule = "IT sweep " + country + " suspension " + t;
        firstRule = "IT sweep " + country + " retailers " + t;
        fallbackRule = "IT sweep " + country + " agents " + t;
        LeadFixture.createRule(managerToken, suspensionRule, List.of(country), List.of("DISTRIBUTOR"),
                List.of("SUSP"), "ROUND_ROBIN");
        LeadFixture.createRule(managerToken, firstRule, List.of(country), List.of("RETAILER"), List.of(),
                "ROUND_ROBIN");
        LeadFixture.createRule(managerToken, fallbackRule, List.of(country), List.of("AGENT"), List.of(),
                "ROUND_ROBIN");
    }

    // ------------------------------------------------------------------------------------------------ L12

    @Test
    @DisplayName("L12: 40 overdue leads, two concurrent sweeps: each recalled once, none missed")
    void everyOverdueLeadIsRecalledExactlyOnce() throws Exception {
        var leads = leadsOfferedToA("Overdue", 40);
        assertThat(update("update sales_lead set accept_due_at = now() - interval '1 minute', "
                + "remind_at = now() - interval '2 minutes' where id = any(?)", leads)).isEqualTo(40);

        var replies = concurrently(2, i -> LeadFixture.sweep(erp()));

        replies.forEach(r -> assertThat(r.status()).as("sweep reply: " + r.body()).isEqualTo(200));
        var recalledByReplies = replies.stream().mapToInt(LeadFixture.SweepResult::recalled).sum();
        System.out.println("L12 concurrent sweeps answered: " + replies.stream().map(LeadFixture.SweepResult::body)
                .toList());
        LeadFixture.await("every overdue lead recalled from A", Duration.ofSeconds(60),
                () -> count("select count(*) from sales_lead where id = any(?) and partner_id = ?", leads, a.id()) == 0
                        && recalledAudits(leads).size() == 40);

        var audits = recalledAudits(leads);
        assertThat(audits.values()).as("'recalled' audit entries per lead").containsOnly(1L);
        assertThat(audits).hasSize(40);
        assertThat(count("select count(*) from audit_entry where action = 'recalled' and subject_id = any(?) "
                + "and from_state = 'OFFERED' and to_state = 'UNASSIGNED' and detail = 'RECALLED_NOT_ACCEPTED'",
                texts(leads))).as("the audit entries say what happened").isEqualTo(40);
        assertThat(recalledByReplies).as("recalled counted by the two sweep replies " + replies)
                .isBetween(0, 40);
        for (var lead : leads) {
            assertThat(count("select count(*) from lead_assignment where lead_id = ? and end_reason = "
                    + "'RECALLED_NOT_ACCEPTED'", lead)).as("recalled assignments of %s", lead).isEqualTo(1);
            assertThat(count("select count(*) from lead_assignment where lead_id = ? and partner_id = ?", lead, a.id()))
                    .as("L7: %s never offered to A again", lead).isEqualTo(1);
        }
        assertThat(count("select count(*) from sales_lead where id = any(?) and status = 'OFFERED' and partner_id = ?",
                leads, b.id())).as("re-routed at once by rule R2 to B").isEqualTo(40);
        assertThat(count("select count(*) from lead_assignment where lead_id = any(?) and partner_id = ? "
                + "and rule_name = ?", leads, b.id(), fallbackRule)).isEqualTo(40);

        // L13: A is told once per lead, never twice
        var companies = rows("select company from sales_lead where id = any(?)", leads).stream()
                .map(r -> (String) r.get("company")).collect(Collectors.toSet());
        LeadFixture.await("40 recall mails to A", Duration.ofSeconds(90),
                () -> recallMails(a.adminEmail(), companies).size() >= 40);
        // The outbox drains every 2 s: a duplicate would arrive within 3 s.
        await("no second recall mail to A").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> recallMails(a.adminEmail(), companies).size() == 40);
        var mails = recallMails(a.adminEmail(), companies);
        assertThat(mails).as("recall mails to A").hasSize(40);
        assertThat(mails.stream().distinct()).as("one recall mail per lead").hasSize(40);
    }

    @Test
    @DisplayName("L10/L12: acceptance racing the recall: accepted by A and never recalled, or recalled once, not A's")
    void anAcceptanceRacingTheRecallHasOneWinner() throws Exception {
        var leads = leadsOfferedToA("Race", 10);
        update("update sales_lead set accept_due_at = now() + interval '2 seconds', remind_at = null where id = any(?)",
                leads);
        var deadline = ((java.sql.Timestamp) rows("select max(accept_due_at) as due from sales_lead where id = any(?)",
                leads).get(0).get("due")).toInstant();
        var token = LeadFixture.token(aCredential);
        var erpToken = erp();
        var acceptReplies = new ConcurrentHashMap<UUID, Integer>();
        var sweepReplies = new java.util.concurrent.ConcurrentLinkedQueue<LeadFixture.SweepResult>();

        var pool = Executors.newFixedThreadPool(leads.size() + 4);
        try {
            var tasks = new ArrayList<Future<?>>();
            for (int i = 0; i < leads.size(); i++) {
                var lead = leads.get(i);
                // acceptances spread from 250 ms before to 200 ms after the deadline
                var at = deadline.plusMillis(-250 + 50L * i);
                tasks.add(pool.submit(() -> {
                    awaitInstant(at);
                    acceptReplies.put(lead, post(LEADS + "/" + lead + "/acceptance", token).status());
                }));
            }
            for (int s = 0; s < 4; s++) {
                var start = deadline.plusMillis(-100 + 25L * s);
                tasks.add(pool.submit(() -> {
                    for (var at = start; at.isBefore(deadline.plusMillis(600)); at = at.plusMillis(100)) {
                        awaitInstant(at);
                        sweepReplies.add(LeadFixture.sweep(erpToken));
                    }
                }));
            }
            for (var task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // acceptances refused after the deadline leave overdue offers: one more sweep, once every offer still with A
        // is past its deadline by the database's clock too, recalls them
        await("every offer still with A overdue").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> count("select count(*) from sales_lead where id = any(?) and partner_id = ? "
                        + "and status = 'OFFERED' and accept_due_at >= now()", leads, a.id()) == 0);
        var last = LeadFixture.sweep(erpToken);
        assertThat(last.status()).as(last.body()).isEqualTo(200);
        sweepReplies.forEach(r -> assertThat(r.status()).as("sweep: " + r.body()).isEqualTo(200));

        var accepted = 0;
        for (var lead : leads) {
            var reply = acceptReplies.get(lead);
            var state = status(lead);
            var recalls = recalledAudits(List.of(lead)).getOrDefault(lead.toString(), 0L);
            var what = "lead " + lead + ": acceptance answered " + reply + ", status " + state + ", held by "
                    + holder(lead) + ", recalled " + recalls + " time(s)";
            if ("ACCEPTED".equals(state)) {
                accepted++;
                assertThat(holder(lead)).as(what).isEqualTo(a.id());
                assertThat(reply).as(what).isEqualTo(200);
                assertThat(recalls).as("accepted and recalled: " + what).isZero();
                assertThat(count("select count(*) from lead_assignment where lead_id = ? and ended_at is null "
                        + "and accepted_at is not null and partner_id = ?", lead, a.id())).as(what).isEqualTo(1);
            } else {
                assertThat(recalls).as("neither accepted nor recalled exactly once: " + what).isEqualTo(1);
                assertThat(reply).as("the losing acceptance is refused: " + what).isIn(404, 409);
                assertThat(holder(lead)).as(what).isNotEqualTo(a.id());
                assertThat(state).as(what).isEqualTo("OFFERED");
                assertThat(holder(lead)).as("re-routed to B: " + what).isEqualTo(b.id());
                assertThat(count("select count(*) from lead_assignment where lead_id = ? and partner_id = ? and "
                        + "accepted_at is null and end_reason = 'RECALLED_NOT_ACCEPTED'", lead, a.id())).as(what)
                        .isEqualTo(1);
            }
        }
        System.out.printf("L12 race: %d of %d accepted in time, %d recalled; %d sweep calls%n", accepted, leads.size(),
                leads.size() - accepted, sweepReplies.size() + 1);
    }

    @Test
    @DisplayName("L10/L13: the reminder mail when remind_at passes (once), the recall mail to A, the offer mail to B")
    void aReminderThenARecallAreMailed() {
        var lead = leadsOfferedToA("Reminded", 1).get(0);
        var company = LeadFixture.string("select company from sales_lead where id = ?", lead);
        var email = LeadFixture.string("select contact_email from sales_lead where id = ?", lead);
        update("update sales_lead set remind_at = now() - interval '1 minute' where id = ?", lead);

        var sweep = LeadFixture.sweep(erp());

        assertThat(sweep.status()).as(sweep.body()).isEqualTo(200);
        assertThat(sweep.reminded()).as(sweep.body()).isPositive();
        var reminder = Mailbox.await(a.adminEmail(), "Reminder: accept or decline the lead " + company,
                Duration.ofSeconds(60));
        assertThat(Mailbox.body(reminder)).doesNotContain(email);
        assertThat(status(lead)).isEqualTo("OFFERED");
        assertThat(holder(lead)).isEqualTo(a.id());
        assertThat(LeadFixture.string("select reminded_at from sales_lead where id = ?", lead)).isNotNull();
        assertThat(LeadFixture.sweep(erp()).status()).isEqualTo(200);
        assertThat(count("select count(*) from audit_entry where subject_id = ? and action = 'reminded'",
                lead.toString())).as("reminded once, not on every sweep").isEqualTo(1);
        update("update sales_lead set accept_due_at = now() - interval '1 minute' where id = ?", lead);
        var recall = LeadFixture.sweep(erp());

        assertThat(recall.status()).as(recall.body()).isEqualTo(200);
        assertThat(recall.recalled()).as(recall.body()).isPositive();
        var recallMail = Mailbox.await(a.adminEmail(), "Lead recalled: " + company, Duration.ofSeconds(60));
        assertThat(Mailbox.body(recallMail)).contains("not accepted by").doesNotContain(email);
        Mailbox.await(b.adminEmail(), "New lead: " + company, Duration.ofSeconds(60));
        assertThat(holder(lead)).isEqualTo(b.id());
        assertThat(Mailbox.messagesTo(a.adminEmail()).stream().filter(m -> Mailbox.subject(m).startsWith("Reminder")
                && Mailbox.subject(m).endsWith(company))).as("one reminder").hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------ L15

    @Test
    @DisplayName("L15: suspending a partner in the console moves its offered and accepted leads to another partner")
    void suspendingAPartnerMovesItsLeads() {
        var t = LeadFixture.token();
        var leads = new ArrayList<UUID>();
        for (int i = 0; i < 3; i++) {
            leads.add(LeadFixture.createLead(LeadFixture.json("company", "Suspended Holder " + t + " " + i + " AG",
                    "contactEmail", "susp" + i + "-" + t + "@it.example", "country", country, "postalCode", "SUSP " + i,
                    "productLine", "CLOUD")));
        }
        for (var lead : leads) {
            assertThat(holder(lead)).as("rule R0 offers %s to C", lead).isEqualTo(c.id());
        }
        var accepted = post(LEADS + "/" + leads.get(0) + "/acceptance", LeadFixture.token(cCredential));
        assertThat(accepted.status()).as(describe(accepted)).isEqualTo(200);

        try (var browser = Browser.lease()) {
            SignedInBrowsers.signIn(browser, "manager", "demo");
            browser.open("/manage/partners/partner.xhtml?id=" + c.id());
            browser.waitForText("#partnerName", c.name());
            browser.type("[id='" + BrowserSteps.clientId(browser, "suspendForm:reason") + "']", "IT: L15 " + t);
            browser.click("[id='" + BrowserSteps.clientId(browser, "suspendForm:suspend") + "']");
            browser.waitForText("#partnerStatus", "Suspended");
        }
        assertThat(count("select count(*) from partner where id = ? and status = 'SUSPENDED'", c.id())).isEqualTo(1);

        LeadFixture.await("C's leads moved", Duration.ofSeconds(60),
                () -> count("select count(*) from sales_lead where id = any(?) and partner_id = ?", leads,
                        c.id()) == 0);

        for (var lead : leads) {
            assertThat(status(lead)).as("%s offered afresh", lead).isEqualTo("OFFERED");
            assertThat(holder(lead)).as("R0 has no active distributor left: R1 gives %s to A", lead).isEqualTo(a.id());
            assertThat(count("select count(*) from lead_assignment where lead_id = ? and partner_id = ? "
                    + "and end_reason = 'PARTNER_SUSPENDED'", lead, c.id())).isEqualTo(1);
            assertThat(count("select count(*) from audit_entry where subject_id = ? and action = 'recalled' "
                    + "and detail = 'PARTNER_SUSPENDED'", lead.toString())).as("recalled once").isEqualTo(1);
        }
        var assignments = (JsonArray) Http.get(LEADS + "/" + leads.get(1) + "/assignments", erp()).jsonValue();
        var newest = assignments.getJsonObject(0);
        assertThat(newest.getString("ruleName")).as(assignments.toString()).isEqualTo(firstRule);
        var r0 = newest.getJsonArray("rules").stream().map(JsonObject.class::cast)
                .filter(r -> suspensionRule.equals(r.getString("ruleName"))).findFirst().orElseThrow();
        assertThat(r0.getString("outcome")).as(assignments.toString()).isEqualTo("NO_ELIGIBLE_PARTNER");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** New leads in one batch, each offered to A by rule R1 (checked). */
    private static List<UUID> leadsOfferedToA(String label, int n) {
        var t = LeadFixture.token();
        var items = IntStream.range(0, n).mapToObj(i -> lead(label + " " + t + " " + i + " AG", country,
                label.toLowerCase() + i + "-" + t + "@it.example")).toList();
        var reply = post(LEADS, LeadFixture.array(items), erp());
        assertThat(reply.status()).as(describe(reply)).isEqualTo(200);
        assertThat(reply.json().getInt("created")).as(reply.body()).isEqualTo(n);
        var ids = reply.json().getJsonArray("results").stream()
                .map(r -> UUID.fromString(r.asJsonObject().getString("id"))).toList();
        assertThat(count("select count(*) from sales_lead where id = any(?) and status = 'OFFERED' and partner_id = ?",
                ids, a.id())).as("rule R1 offered all %d to A", n).isEqualTo(n);
        return ids;
    }

    /** Per lead (id as text), its number of 'recalled' audit entries; leads without any are absent. */
    private static Map<String, Long> recalledAudits(List<UUID> leads) {
        return rows("select subject_id, count(*) as n from audit_entry where action = 'recalled' "
                + "and subject_id = any(?) group by subject_id", texts(leads)).stream()
                .collect(Collectors.toMap(r -> (String) r.get("subject_id"), r -> ((Number) r.get("n")).longValue()));
    }

    private static List<String> texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    /** Subjects of recall mails to this address about these companies. */
    private static List<String> recallMails(String address, java.util.Set<String> companies) {
        return Mailbox.messagesTo(address).stream().map(Mailbox::subject)
                .filter(s -> s.startsWith("Lead recalled: ")
                        && companies.contains(s.substring("Lead recalled: ".length())))
                .toList();
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    /** Runs n tasks at the same moment (released together by a latch) and returns their results. */
    private static <T> List<T> concurrently(int n, Task<T> task) throws Exception {
        var pool = Executors.newFixedThreadPool(n);
        try {
            var ready = new CountDownLatch(n);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.run(index);
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            var results = new ArrayList<T>();
            for (var f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for an instant of the race (polled in this thread, to the millisecond). */
    private static void awaitInstant(Instant at) {
        await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                .atMost(Duration.ofMinutes(1)).until(() -> !Instant.now().isBefore(at));
    }
}
