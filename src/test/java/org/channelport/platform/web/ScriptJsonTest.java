package org.channelport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Rule P7: JSON written into an inline script cannot end the script, and means what it meant. */
class ScriptJsonTest {

    private static String label(String name) {
        return Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(name)).build().toString();
    }

    @Test
    void aNameThatClosesTheScriptStaysInsideItsString() {
        var name = "IT </script><script>window.cpXss=true</script> & Co > \u2028\u2029";
        var escaped = ScriptJson.escape(label(name));
        assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e\\u003cscript\\u003e", "\\u0026 Co \\u003e", "\\u2028\\u2029");
        var read = Json.createReader(new StringReader(escaped)).readObject();
        assertThat(read.getJsonArray("labels").getString(0)).as("the label as the script reads it").isEqualTo(name);
    }

    @Test
    void jsonWithoutThoseCharactersIsUnchanged() {
        var json = label("Northwind Distribution \"quoted\" \\ 北方");
        assertThat(ScriptJson.escape(json)).isSameAs(json);
        assertThat(ScriptJson.escape(null)).isNull();
    }
}
