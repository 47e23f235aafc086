package org.channelport.platform.notify;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.web.Formats;
import org.channelport.platform.web.Messages;

/**
 * The top bar's bell and the notifications page (issue 10): the caller's unread count, the list of the last 90 days in
 * the page's language, opening one (marked read on the way to its page), and marking all read.
 */
@Named
@RequestScoped
public class NotificationsView {
    static final int BELL_MAX = 99;
    /** How many the bell's panel shows. */
    static final int LATEST = 6;

    @Inject
    Notifier notifier;
    @Inject
    Formats formats;
    @Inject
    ReaderZone readerZone;

    private Long unread;
    private List<Notification> list;
    private List<Notification> latest;

    public long getUnread() {
        if (unread == null) {
            unread = notifier.unread();
        }
        return unread;
    }

    /** The bell's badge: the count, "99+" beyond. */
    public String getBadge() {
        return getUnread() > BELL_MAX ? BELL_MAX + "+" : Long.toString(getUnread());
    }

    /** The bell's accessible name: "Notifications, 3 unread". */
    public String getBellLabel() {
        return Messages.text("notifications.bell", getUnread());
    }

    /** "3 unread", or "Nothing unread". */
    public String getUnreadText() {
        return Messages.text("notifications.unread", getUnread());
    }

    /** The bell panel's latest few. */
    public List<Notification> getLatest() {
        if (latest == null) {
            latest = notifier.mine(LATEST);
        }
        return latest;
    }

    public List<Notification> getList() {
        if (list == null) {
            list = notifier.mine(Notifier.MAX_LIST);
        }
        return list;
    }

    public String text(Notification n) {
        return AuditDetail.read(n.text(), Messages.locale(), readerZone.zone());
    }

    public String when(Notification n) {
        return formats.dateTime(n.createdAt());
    }

    public String kind(Notification n) {
        var kind = n.knownKind();
        return Messages.label("attention.kind." + (kind == null ? n.kind() : kind.section()));
    }

    /** Opens a notification's page, marking it read. */
    public String open(UUID id) {
        var n = notifier.markRead(id);
        return n.link() + (n.link().contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public void markAllRead() {
        notifier.markAllRead();
        unread = null;
        list = null;
    }
}
