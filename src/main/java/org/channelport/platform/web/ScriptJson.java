package org.channelport.platform.web;

/**
 * Rule P7: JSON written into a page's inline script. A JSON string may hold {@code </script>}, which ends the script
 * element in the HTML parser whatever the JSON means, and U+2028/U+2029, which older JavaScript engines read as line
 * ends; {@code <}, {@code >} and {@code &} also open comments and entities in XHTML. Each becomes its JSON escape
 * ({@code \u003c} ...), which the script reads as the same text. Outside strings JSON has none of these characters, so
 * escaping the whole text is safe.
 */
public final class ScriptJson {

    private ScriptJson() {}

    /** The JSON text, safe to write between {@code <script>} and {@code </script>}; null stays null. */
    public static String escape(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            var escaped = switch (json.charAt(i)) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escaped != null && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                if (escaped != null) {
                    out.append(escaped);
                } else {
                    out.append(json.charAt(i));
                }
            }
        }
        return out == null ? json : out.toString();
    }
}
