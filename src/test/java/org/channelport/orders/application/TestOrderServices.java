package org.channelport.orders.application;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.channelport.identity.CurrentUser;
import org.channelport.partners.application.PartnerAddresses;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.H2Databases;

/** The orders services' collaborators as the container wires them, on a test's entity manager, caller and clock. */
final class TestOrderServices {
    private TestOrderServices() {}

    static AuditTrail audit(EntityManager em, CurrentUser caller, Clock clock) {
        var audit = new AuditTrail();
        H2Databases.inject(audit, "em", em);
        H2Databases.inject(audit, "clock", clock);
        H2Databases.inject(audit, "security", H2Databases.callerNamed(caller::name));
        return audit;
    }

    static OrderNotifications notifications(EntityManager em, CurrentUser caller, Clock clock) {
        var roster = new PartnerRoster();
        H2Databases.inject(roster, "em", em);
        var notifications = new OrderNotifications();
        notifications.roster = roster;
        notifications.notifier = org.channelport.platform.notify.TestNotifiers.notifier(em, caller, clock);
        return notifications;
    }

    static OrderEvents events(EntityManager em, CurrentUser caller, Clock clock) {
        var events = new OrderEvents();
        events.webhooks = org.channelport.platform.webhooks.TestWebhooks.webhooks(em, caller, clock);
        events.baseUrl = org.channelport.platform.notify.TestNotifiers.BASE_URL;
        events.changed = new RecordedEvents<>();
        return events;
    }

    /** The order service as the container wires it, on the real schema (its catalog read for the caller). */
    static OrderService orders(EntityManager em, CurrentUser caller, Clock clock) {
        var roster = new PartnerRoster();
        H2Databases.inject(roster, "em", em);
        var catalog = new CatalogQueries();
        catalog.em = em;
        catalog.user = caller;
        catalog.roster = roster;
        catalog.clock = clock;
        var repository = new org.channelport.orders.infrastructure.JpaPurchaseOrderRepository();
        H2Databases.inject(repository, "em", em);
        var service = new OrderService();
        service.orders = repository;
        service.catalog = catalog;
        service.roster = roster;
        service.user = caller;
        service.audit = audit(em, caller, clock);
        service.clock = clock;
        service.notifications = notifications(em, caller, clock);
        service.events = events(em, caller, clock);
        service.addresses = addresses(em, caller, clock);
        service.access = access(em, caller);
        return service;
    }

    /** The ERP's (or a distributor's) shipments, invoices and payments, wired as in the container. */
    static FulfilmentService fulfilment(EntityManager em, CurrentUser caller, Clock clock) {
        var repository = new org.channelport.orders.infrastructure.JpaPurchaseOrderRepository();
        H2Databases.inject(repository, "em", em);
        var service = new FulfilmentService();
        service.orders = repository;
        service.access = access(em, caller);
        service.audit = audit(em, caller, clock);
        service.clock = clock;
        service.notifications = notifications(em, caller, clock);
        service.events = events(em, caller, clock);
        return service;
    }

    /** Rules O15 and O22: who reads and who answers an order. */
    static OrderAccess access(EntityManager em, CurrentUser caller) {
        var repository = new org.channelport.orders.infrastructure.JpaPurchaseOrderRepository();
        H2Databases.inject(repository, "em", em);
        var access = new OrderAccess();
        access.orders = repository;
        access.user = caller;
        return access;
    }

    static PartnerAddresses addresses(EntityManager em, CurrentUser caller, Clock clock) {
        var addresses = new PartnerAddresses();
        H2Databases.inject(addresses, "em", em);
        H2Databases.inject(addresses, "user", caller);
        H2Databases.inject(addresses, "clock", clock);
        H2Databases.inject(addresses, "audit", audit(em, caller, clock));
        return addresses;
    }
}
