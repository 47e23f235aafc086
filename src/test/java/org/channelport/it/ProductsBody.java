package org.channelport.it;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.channelport.client.model.Product;

/**
 * The body of upsertProducts for the generated client: one product or an array of them (the contract's oneOf, which
 * the java generator cannot write itself; pom.xml maps the schema here, as for {@link LeadsBody}).
 */
public record ProductsBody(Product one, List<Product> many) {
    @JsonValue
    Object json() {
        return one != null ? one : many;
    }
}
