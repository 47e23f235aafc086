package org.channelport.platform;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address people and systems reach the app at ({@code app.base-url}), without a trailing slash, for every link the
 * app builds: redirects and Location headers (rule P11), sign-in callbacks, links in mails.
 */
public final class BaseUrl {
    private BaseUrl() {}

    /** {@code app.base-url} without surrounding white space and trailing slashes ("https://prm.example"). */
    public static String get() {
        var configured = ConfigProvider.getConfig().getValue("app.base-url", String.class).strip();
        return configured.replaceAll("/+$", "");
    }
}
