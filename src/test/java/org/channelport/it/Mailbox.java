package org.channelport.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port that both the app and Keycloak send to. Started once for
 * all tests; each test reads only the mail of its own unique addresses.
 */
public final class Mailbox {
    private static GreenMail server;

    private Mailbox() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(TestEnvironment.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Waits for a mail to this recipient whose subject contains the text; fails after the timeout. */
    public static MimeMessage await(String recipient, String subjectContains, Duration timeout) {
        try {
            return Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .until(() -> messagesTo(recipient).stream().filter(m -> subject(m).contains(subjectContains))
                            .findFirst(), Optional::isPresent)
                    .get();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No mail to " + recipient + " with subject containing '" + subjectContains
                    + "' within " + timeout + "; received: " + messagesTo(recipient).stream().map(Mailbox::subject)
                    .toList());
        }
    }

    public static List<MimeMessage> messagesTo(String recipient) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The body as its reader sees it: the transfer encoding undone (quoted-printable Chinese reads as Chinese). */
    public static String text(MimeMessage message) {
        try {
            var content = message.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                content = parts.getBodyPart(0).getContent();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            return body(message);
        }
    }

    /** The first link in the mail whose URL contains the text (quoted-printable and HTML entities undone). */
    public static String link(MimeMessage message, String contains) {
        var text = body(message).replace("=\r\n", "").replace("=\n", "").replace("=3D", "=").replace("&amp;", "&");
        var matcher = Pattern.compile("https?://[^\\s\"'<>]+").matcher(text);
        while (matcher.find()) {
            if (matcher.group().contains(contains)) {
                return matcher.group();
            }
        }
        throw new AssertionError("No link containing '" + contains + "' in mail: " + text);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
