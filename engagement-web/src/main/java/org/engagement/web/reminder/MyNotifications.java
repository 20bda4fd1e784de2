package org.engagement.web.reminder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.engagement.core.reminder.Notification;
import org.engagement.core.reminder.ReminderService;
import org.engagement.core.spi.PageFeedback;

/** The signed-in user's reminders: the count in the header and the notifications page. */
@Named
@RequestScoped
public class MyNotifications {

    @Inject
    private PageFeedback feedback;

    @Inject
    private ReminderService reminders;

    private Long unread;
    private List<Notification> list;

    public long getUnreadCount() {
        if (unread == null) {
            unread = reminders.myUnreadCount();
        }
        return unread;
    }

    public List<Notification> getList() {
        if (list == null) {
            list = reminders.mine();
        }
        return list;
    }

    public void markRead(Notification notification) {
        feedback.attempt(
                () -> {
                    reminders.markRead(notification.getId());
                },
                "notificationsForm",
                null);
        unread = null;
        list = null;
    }
}
