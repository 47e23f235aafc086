package org.channelport.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.channelport.client.ApiClient;
import org.channelport.client.ApiException;
import org.channelport.client.api.DefaultApi;
import org.channelport.client.model.DealJson;
import org.channelport.client.model.DealLineInput;
import org.channelport.client.model.DealRegistrationInput;
import org.channelport.client.model.LeadInput;
import org.channelport.client.model.PartnerJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The typed API contract (issue 9, section 3): {@code src/main/openapi/channelport-api.json} is what an ERP team
 * generates its client from. The build generates a Java client from it (openapi-generator, {@code native}), and this
 * class checks that the running server publishes exactly that document and answers what the client expects: a
 * change to the API that is not made to the contract too fails here.
 */
class ApiContractIT {
    private static final Path CONTRACT = Path.of("src/main/openapi/channelport-api.json");

    private static PartnerFixture.Partner partner;
    private static PartnerFixture.Credential credential;

    @BeforeAll
    static void aPartnerWithACredential() {
        partner = PartnerFixture.onboard("DISTRIBUTOR");
        credential = PartnerFixture.createApiCredential(partner);
    }

    @Test
    void theServerPublishesTheCommittedContract() throws Exception {
        var published = Http.get("/openapi?format=json", null).json();
        var committed = read(Files.readString(CONTRACT));

        var differences = new ArrayList<String>();
        compare("", withoutServers(committed), withoutServers(published), differences);

        assertThat(differences).as("the running API differs from " + CONTRACT + "; if the change is meant, save "
                + "it with config/bin/save-api-contract.sh and review the diff (README, 'The API contract')").isEmpty();
    }

    @Test
    void aPartnerSystemRegistersADealThroughTheGeneratedClient() throws Exception {
        var api = api(LeadFixture.token(credential));
        var company = "Contract " + DealFixture.capitalized(DealFixture.word()) + " AB";
        var deal = new DealRegistrationInput().company(company).country("SE").region("Stockholm")
                .taxId("SE" + DealFixture.word().toUpperCase()).contactName("Carla Customer")
                .contactEmail("carla@customer.example").currency("EUR")
                .expectedCloseDate(DealFixture.today().plusDays(45).toString())
                .stage(DealRegistrationInput.StageEnum.QUALIFIED)
                .addLinesItem(new DealLineInput().productLine(DealLineInput.ProductLineEnum.STORAGE)
                        .products("Two arrays").amount(new BigDecimal("84000.00")));

        var registered = api.registerDeal(deal, UUID.randomUUID().toString());
        var read = api.getDealRegistration(registered.getId());

        assertThat(registered.getStatus()).isIn(DealJson.StatusEnum.SUBMITTED, DealJson.StatusEnum.HELD);
        assertThat(read.getCompany()).isEqualTo(company);
        assertThat(read.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getProductLine()).isEqualTo("STORAGE");
            assertThat(line.getAmount()).isEqualByComparingTo("84000");
        });
        assertThat(read.getCreatedAt()).isNotNull();
    }

    @Test
    void theClientGetsEveryInvalidFieldAsAProblem() {
        var api = api(LeadFixture.token(credential));

        var refused = catchThrowableOfType(ApiException.class, () -> api.registerDeal(
                new DealRegistrationInput().country("SE").currency("EUR"), null));

        assertThat(refused.getCode()).isEqualTo(400);
        var problem = read(refused.getResponseBody());
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .contains("company", "lines", "expectedCloseDate");
    }

    @Test
    void anErpCreatesAndReadsALeadThroughTheGeneratedClient() throws Exception {
        var api = api(LeadFixture.erp());
        var company = "Contract Lead " + LeadFixture.token();
        var lead = new LeadInput().company(company).contactName("Lena Lead").contactEmail(LeadFixture.token()
                + "@lead.example").country("NO").productLine(LeadInput.ProductLineEnum.SECURITY)
                .estimatedValue(new BigDecimal("12000")).currency("EUR");

        var created = api.createLeads(LeadsBody.of(List.of(lead)), null);
        var id = created.getResults().get(0).getId();
        var read = api.getLead(id);

        assertThat(created.getCreated()).isEqualTo(1);
        assertThat(read.getCompany()).isEqualTo(company);
        assertThat(read.getProductLine()).isEqualTo("SECURITY");
        assertThat(read.getStatus()).isNotNull();
    }

    @Test
    void anErpListsPartnersThroughTheGeneratedClient() throws Exception {
        var api = api(LeadFixture.erp());
        var found = new ArrayList<PartnerJson>();

        for (int page = 0; page < 20 && found.isEmpty(); page++) {
            var items = api.listPartners("DISTRIBUTOR", null, null, null, null, page, 200)
                    .getItems();
            items.stream().filter(p -> p.getId().equals(partner.id())).forEach(found::add);
            if (items.size() < 200) {
                break;
            }
        }

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo(partner.name());
            assertThat(p.getType()).isEqualTo(PartnerJson.TypeEnum.DISTRIBUTOR);
            assertThat(p.getCreatedAt()).isNotNull();
        });
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static DefaultApi api(String token) {
        var client = new ApiClient();
        client.updateBaseUri(TestEnvironment.BASE_URL);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new DefaultApi(client);
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject withoutServers(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").build();
    }

    /** Every place where two JSON documents differ, as a path; member order does not count. */
    private static void compare(String path, JsonValue expected, JsonValue actual, List<String> differences) {
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            e.keySet().stream().filter(k -> !a.containsKey(k)).forEach(k -> differences.add(path + "/" + k
                    + ": only in the contract"));
            a.keySet().stream().filter(k -> !e.containsKey(k)).forEach(k -> differences.add(path + "/" + k
                    + ": only on the server"));
            e.keySet().stream().filter(a::containsKey).forEach(k -> compare(path + "/" + k, e.get(k), a.get(k),
                    differences));
        } else if (!expected.equals(actual)) {
            differences.add(path + ": " + expected + " in the contract, " + actual + " on the server");
        }
    }
}
