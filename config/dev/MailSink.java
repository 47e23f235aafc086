/*
 * Channelport dev mail sink: GreenMail SMTP that accepts every message, plus a tiny web page to read them.
 *
 *   java -cp greenmail-standalone-2.1.13.jar config/dev/MailSink.java --smtp 3025 --http 8025
 *
 * Both listen on 127.0.0.1 only (--bind changes that). Messages are kept in memory only.
 *
 *   GET  /                    HTML list, newest first (time, from, to, subject)
 *   GET  /message/{id}        one message: headers and its body as text; links (http/https) are clickable,
 *                             everything else is HTML-escaped, no mail HTML is ever rendered
 *   GET  /api/messages        JSON list, newest first: id, received, from, to, subject
 *   GET  /api/messages/{id}   JSON: the above plus text, html (raw, as a string) and links
 *   POST /purge               delete all messages (also DELETE /api/messages)
 *
 * Java 17 single-file source launch: no package, only the JDK and greenmail-standalone on the class path.
 */

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class MailSink {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);
    private static final String CSS = "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
            + "td,th{border-bottom:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}"
            + "pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:1em}"
            + ".muted{color:#777}";

    private static GreenMail greenMail;

    public static void main(String[] args) throws Exception {
        int smtpPort = 3025;
        int httpPort = 8025;
        String bind = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smtp" -> smtpPort = Integer.parseInt(args[++i]);
                case "--http" -> httpPort = Integer.parseInt(args[++i]);
                case "--bind" -> bind = args[++i];
                default -> {
                    System.err.println("usage: MailSink [--smtp 3025] [--http 8025] [--bind 127.0.0.1]");
                    System.exit(2);
                }
            }
        }

        // Authentication disabled: every recipient gets a mailbox on the fly, no login needed.
        greenMail = new GreenMail(new ServerSetup(smtpPort, bind, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();

        httpPortText = String.valueOf(httpPort);
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, httpPort), 0);
        http.createContext("/", MailSink::handle);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            greenMail.stop();
        }));
        System.out.printf("MailSink: SMTP on %s:%d, web on http://%s:%d/%n", bind, smtpPort, bind, httpPort);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // messages

    record Mail(String id, Date received, String from, String to, String subject, String text, String html,
                MimeMessage message) {
    }

    /** All received messages, one entry per message even if it went to several recipients, newest first. */
    private static List<Mail> mails() {
        Map<String, Mail> byId = new LinkedHashMap<>();
        for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getAllMessages()) {
            try {
                MimeMessage m = stored.getMimeMessage();
                String id = idOf(m);
                if (byId.containsKey(id)) {
                    continue;
                }
                Body body = new Body();
                collect(m, body);
                String from = addresses(m.getFrom());
                if (from.isEmpty() && m.getHeader("Return-Path") != null) {
                    from = m.getHeader("Return-Path")[0].replaceAll("^\\s*<|>\\s*$", ""); // SMTP envelope sender
                }
                byId.put(id, new Mail(id, stored.getReceivedDate(), from,
                        addresses(m.getRecipients(Message.RecipientType.TO), m.getRecipients(Message.RecipientType.CC)),
                        m.getSubject() == null ? "" : m.getSubject(), body.text, body.html, m));
            } catch (Exception e) {
                System.err.println("MailSink: cannot read a message: " + e);
            }
        }
        List<Mail> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing((Mail x) -> x.received() == null ? new Date(0) : x.received()).reversed());
        return list;
    }

    /**
     * A stable id: the same message delivered to several mailboxes is stored once per mailbox, so hash the
     * Message-ID (or, lacking one, the raw content) rather than use a position.
     */
    private static String idOf(MimeMessage m) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String messageId = m.getMessageID();
        if (messageId != null && !messageId.isBlank()) {
            sha.update(messageId.getBytes(StandardCharsets.UTF_8));
        } else {
            for (String h : new String[] {"Date", "From", "To", "Cc", "Subject", "Return-Path", "Received"}) {
                String[] v = m.getHeader(h);
                if (v != null) {
                    sha.update(String.join(",", v).getBytes(StandardCharsets.UTF_8));
                }
            }
            try (InputStream in = m.getRawInputStream()) {
                sha.update(in.readAllBytes());
            }
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 12);
    }

    private static final class Body {
        String text;
        String html;
    }

    private static void collect(Part part, Body body) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain") && body.text == null) {
            body.text = contentAsString(part);
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = contentAsString(part);
        } else if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), body);
            }
        }
    }

    private static String contentAsString(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof InputStream in) {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return String.valueOf(content);
    }

    private static String addresses(Address[]... groups) {
        List<String> out = new ArrayList<>();
        for (Address[] group : groups) {
            if (group == null) {
                continue;
            }
            for (Address a : group) {
                out.add(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
            }
        }
        return String.join(", ", out);
    }

    private static Mail find(String id) {
        return mails().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // HTTP

    private static void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/webhooks/") && method.equals("POST")) {
                receiveWebhook(ex, path);
                send(ex, 204, null, "");
            } else if (path.equals("/webhooks") && method.equals("GET")) {
                html(ex, 200, "Webhook receiver", webhooksPage());
            } else if (path.equals("/") && method.equals("GET")) {
                html(ex, 200, "Mail sink", listPage());
            } else if (path.startsWith("/message/") && method.equals("GET")) {
                Mail m = find(path.substring("/message/".length()));
                if (m == null) {
                    html(ex, 404, "Not found", "<p>No such message. <a href=\"/\">Back</a></p>");
                } else {
                    html(ex, 200, m.subject(), messagePage(m));
                }
            } else if (path.equals("/api/messages") && method.equals("GET")) {
                StringBuilder sb = new StringBuilder("[");
                for (Mail m : mails()) {
                    sb.append(sb.length() > 1 ? "," : "").append(jsonSummary(m)).append('}');
                }
                send(ex, 200, "application/json", sb.append(']').toString());
            } else if (path.startsWith("/api/messages/") && method.equals("GET")) {
                Mail m = find(path.substring("/api/messages/".length()));
                if (m == null) {
                    send(ex, 404, "application/json", "{\"error\":\"not found\"}");
                } else {
                    StringBuilder sb = new StringBuilder(jsonSummary(m));
                    sb.append(",\"text\":").append(json(m.text()));
                    sb.append(",\"html\":").append(json(m.html()));
                    sb.append(",\"links\":[");
                    int i = 0;
                    for (String link : links(m)) {
                        sb.append(i++ > 0 ? "," : "").append(json(link));
                    }
                    send(ex, 200, "application/json", sb.append("]}").toString());
                }
            } else if ((path.equals("/purge") && method.equals("POST"))
                    || (path.equals("/api/messages") && method.equals("DELETE"))) {
                greenMail.purgeEmailFromAllMailboxes();
                if (path.equals("/purge")) {
                    ex.getResponseHeaders().set("Location", "/");
                    send(ex, 303, "text/plain", "");
                } else {
                    send(ex, 204, null, "");
                }
            } else if (path.equals("/favicon.ico")) {
                send(ex, 404, "text/plain", "");
            } else {
                html(ex, 404, "Not found", "<p>Not found. <a href=\"/\">Back</a></p>");
            }
        } catch (Exception e) {
            e.printStackTrace();
            try {
                send(ex, 500, "text/plain", "error: " + e.getClass().getSimpleName());
            } catch (Exception ignored) {
                // the response was already started
            }
        } finally {
            ex.close();
        }
    }

    /** A webhook as the demo's receiver got it (the signature is shown, not checked: the demo has no secret). */
    private record Hook(java.time.Instant at, String path, String id, String signature, String body) {}

    private static String httpPortText = "8025";
    private static final java.util.Deque<Hook> HOOKS = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private static void receiveWebhook(HttpExchange ex, String path) throws IOException {
        byte[] body = ex.getRequestBody().readNBytes(20_000);
        HOOKS.addFirst(new Hook(java.time.Instant.now(), path, ex.getRequestHeaders().getFirst("webhook-id"),
                ex.getRequestHeaders().getFirst("webhook-signature"), new String(body, StandardCharsets.UTF_8)));
        while (HOOKS.size() > 500) {
            HOOKS.pollLast();
        }
    }

    private static String webhooksPage() {
        StringBuilder sb = new StringBuilder("<p><a href=\"/\">&larr; Mail</a></p><h1>Webhook receiver</h1>");
        sb.append("<p class=\"muted\">").append(HOOKS.size()).append(" delivery(ies), newest first. Subscribe ")
                .append("<code>http://127.0.0.1:").append(esc(httpPortText)).append("/webhooks/&lt;any name&gt;</code>. ")
                .append("<a href=\"/webhooks\">Refresh</a></p>");
        sb.append("<table><tr><th>Time</th><th>Path</th><th>webhook-id</th><th>Body</th></tr>");
        for (Hook h : HOOKS) {
            sb.append("<tr><td>").append(esc(TIME.format(h.at()))).append("</td><td>").append(esc(h.path()))
                    .append("</td><td>").append(esc(String.valueOf(h.id()))).append("</td><td><code>")
                    .append(esc(h.body())).append("</code></td></tr>");
        }
        return sb.append("</table>").toString();
    }

    private static String listPage() {
        List<Mail> mails = mails();
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>Mail sink</h1><p class=\"muted\">").append(mails.size())
                .append(" message(s), newest first. SMTP ").append(esc(String.valueOf(greenMail.getSmtp().getPort())))
                .append(". <a href=\"/\">Refresh</a> · <a href=\"/webhooks\">Webhooks received</a></p>");
        sb.append("<form method=\"post\" action=\"/purge\"><button>Delete all</button></form>");
        sb.append("<table><tr><th>Time</th><th>From</th><th>To</th><th>Subject</th></tr>");
        for (Mail m : mails) {
            sb.append("<tr><td>").append(m.received() == null ? "" : esc(TIME.format(m.received().toInstant())))
                    .append("</td><td>").append(esc(m.from()))
                    .append("</td><td>").append(esc(m.to()))
                    .append("</td><td><a href=\"/message/").append(esc(m.id())).append("\">")
                    .append(esc(m.subject().isBlank() ? "(no subject)" : m.subject())).append("</a></td></tr>");
        }
        return sb.append("</table>").toString();
    }

    private static String messagePage(Mail m) {
        StringBuilder sb = new StringBuilder("<p><a href=\"/\">&larr; All messages</a></p>");
        sb.append("<h1>").append(esc(m.subject().isBlank() ? "(no subject)" : m.subject())).append("</h1>");
        sb.append("<table>");
        row(sb, "Time", m.received() == null ? "" : TIME.format(m.received().toInstant()));
        row(sb, "From", m.from());
        row(sb, "To", m.to());
        row(sb, "Subject", m.subject());
        sb.append("</table>");
        List<String> links = links(m);
        if (!links.isEmpty()) {
            sb.append("<h2>Links</h2><ul>");
            for (String link : links) {
                sb.append("<li>").append(anchor(link)).append("</li>");
            }
            sb.append("</ul>");
        }
        if (m.html() != null) {
            sb.append("<h2>HTML part (as text)</h2><pre>").append(htmlToSafeText(m.html())).append("</pre>");
        }
        if (m.text() != null) {
            sb.append("<h2>Text part</h2><pre>").append(linkify(m.text())).append("</pre>");
        }
        if (m.html() == null && m.text() == null) {
            sb.append("<p class=\"muted\">No text or HTML body.</p>");
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String jsonSummary(Mail m) {
        return "{\"id\":" + json(m.id())
                + ",\"received\":" + json(m.received() == null ? null : ISO.format(m.received().toInstant()))
                + ",\"from\":" + json(m.from()) + ",\"to\":" + json(m.to()) + ",\"subject\":" + json(m.subject());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // text handling: nothing from a mail reaches the page unescaped

    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<(script|style|head|title)\\b.*?</\\1\\s*>|<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> BLOCK = Set.of("br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "blockquote", "hr");

    /** http(s) links of the message, from the HTML part's hrefs and URLs in either part, in order, no duplicates. */
    private static List<String> links(Mail m) {
        Set<String> out = new LinkedHashSet<>();
        if (m.html() != null) {
            Matcher tag = TAG.matcher(m.html());
            while (tag.find()) {
                if ("a".equalsIgnoreCase(tag.group(3)) && tag.group(2).isEmpty()) {
                    String href = hrefOf(tag.group(4));
                    if (href != null) {
                        out.add(href);
                    }
                }
            }
        }
        for (String body : new String[] {m.text(), m.html() == null ? null : decodeEntities(m.html())}) {
            if (body != null) {
                Matcher u = URL.matcher(body);
                while (u.find()) {
                    out.add(trimUrl(u.group()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String hrefOf(String attributes) {
        Matcher h = HREF.matcher(attributes);
        if (!h.find()) {
            return null;
        }
        String raw = h.group(2) != null ? h.group(2) : h.group(3) != null ? h.group(3) : h.group(4);
        String href = decodeEntities(raw).strip();
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? href : null;
    }

    /** The HTML part as escaped text: tags dropped (block tags become line breaks), http(s) anchors kept as links. */
    private static String htmlToSafeText(String html) {
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        String openHref = null;
        while (tag.find()) {
            out.append(linkify(collapse(decodeEntities(html.substring(last, tag.start())))));
            last = tag.end();
            String name = tag.group(3);
            if (name == null) {
                continue; // comment, script, style, head
            }
            name = name.toLowerCase(Locale.ROOT);
            boolean closing = !tag.group(2).isEmpty();
            if (name.equals("a")) {
                if (!closing) {
                    openHref = hrefOf(tag.group(4));
                    if (openHref != null) {
                        out.append("<a href=\"").append(esc(openHref)).append("\" rel=\"noopener noreferrer\">");
                    }
                } else if (openHref != null) {
                    out.append("</a>");
                    openHref = null;
                }
            } else if (BLOCK.contains(name)) {
                out.append('\n');
            }
        }
        out.append(linkify(collapse(decodeEntities(html.substring(last)))));
        if (openHref != null) {
            out.append("</a>");
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\r\\n]+", " ");
    }

    /** Escape text and turn http(s) URLs in it into links. */
    private static String linkify(String text) {
        StringBuilder out = new StringBuilder();
        Matcher u = URL.matcher(text);
        int last = 0;
        while (u.find()) {
            String url = trimUrl(u.group());
            out.append(esc(text.substring(last, u.start()))).append(anchor(url));
            last = u.start() + url.length();
        }
        return out.append(esc(text.substring(last))).toString();
    }

    private static String trimUrl(String url) {
        return url.replaceAll("[.,;:!?)\\]}]+$", "");
    }

    private static String anchor(String url) {
        return "<a href=\"" + esc(url) + "\" rel=\"noopener noreferrer\">" + esc(url) + "</a>";
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "copy", "\u00a9", "rarr", "\u2192", "larr", "\u2190");

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    r = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    r = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    r = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
                }
            } catch (IllegalArgumentException bad) {
                r = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void html(HttpExchange ex, int status, String title, String body) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + "</title><style>" + CSS + "</style></head><body>" + body + "</body></html>";
        send(ex, status, "text/html; charset=utf-8", page);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var h = ex.getResponseHeaders();
        if (type != null) {
            h.set("Content-Type", type.startsWith("application/json") ? type + "; charset=utf-8" : type);
        }
        // no scripts, no framing, no sniffing, no referrer (mail links carry one-time tokens)
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        if (status == 204 || status == 304 || bytes.length == 0) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
